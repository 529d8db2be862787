package de.kommunalmesse.notification;

import de.kommunalmesse.booth.ContactRequests;
import de.kommunalmesse.common.MailDelivery;
import de.kommunalmesse.stage.ProgrammeConfig;
import io.quarkus.mailer.Mail;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;

/**
 * E-mails of notifications, one at once or several in the daily digest: text and accessible HTML from the Qute
 * templates {@code notification-mail.*}, in the recipient's language, with a one-click unsubscribe link
 * (RFC 8058: {@code List-Unsubscribe} and {@code List-Unsubscribe-Post}) signed with the recipient's secret.
 * They name what happened and where, never another person's address or message.
 */
@ApplicationScoped
public class NotificationMails {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Logger LOG = Logger.getLogger(NotificationMails.class);

    @Inject
    MailDelivery mailer;

    @Inject
    ContactRequests.MailConfig mailConfig;

    @Inject
    ProgrammeConfig site;

    @Inject
    Event<Outgoing> outgoing;

    @Location("notification-mail.html")
    Template html;

    @Location("notification-mail.txt")
    Template text;

    /** A mail to send once the transaction that recorded its notifications has committed. */
    record Outgoing(String username, Mail mail) {
    }

    /** One line of a mail. */
    public record Item(String text, String url) {
    }

    boolean enabled() {
        return mailConfig.enabled();
    }

    /** Writes the mail now (inside the caller's transaction) and sends it after its commit. */
    void sendAfterCommit(Recipient to, List<Notification> notifications, boolean digest) {
        outgoing.fire(new Outgoing(to.username, write(to, notifications, digest)));
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outgoing mail) {
        // Sent without waiting: no answer of the API waits for the mail server; the notification stays in the centre
        mailer.send(mail.mail()).subscribe().with(sent -> { },
                failure -> LOG.warnf(failure, "Notification mail to %s could not be sent", mail.username()));
    }

    Mail write(Recipient to, List<Notification> notifications, boolean digest) {
        Locale locale = "en".equals(to.language) ? Locale.ENGLISH : Locale.GERMAN;
        ResourceBundle texts = texts(locale);
        List<Item> items = notifications.stream().map(n -> new Item(line(texts, locale, n), url(n.link))).toList();
        String subject = digest ? format(texts, "subject.digest", locale,
                DateTimeFormatter.ofPattern(locale == Locale.ENGLISH ? "d MMM yyyy" : "dd.MM.yyyy", locale)
                        .format(LocalDate.now(ZONE)))
                : items.get(0).text();
        String unsubscribeUrl = site.publicUrl() + "/api/notifications/unsubscribe?token=" + token(to);
        Map<String, Object> data = new HashMap<>();
        data.put("lang", locale.getLanguage());
        data.put("title", subject);
        data.put("greeting", texts.getString("greeting"));
        data.put("lead", texts.getString(digest ? "lead.digest" : "lead.single"));
        data.put("items", items);
        data.put("closing", texts.getString("closing"));
        data.put("settings", texts.getString("settings"));
        data.put("settingsUrl", site.publicUrl() + "/benachrichtigungen/einstellungen");
        data.put("unsubscribe", texts.getString("unsubscribe"));
        data.put("unsubscribeUrl", unsubscribeUrl);
        Mail mail = Mail.withText(to.email, subject, text.data(data).render()).setHtml(html.data(data).render());
        mail.addHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
        mail.addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return mail;
    }

    static ResourceBundle texts(Locale locale) {
        return ResourceBundle.getBundle("notification-mails", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The unsubscribe token of a recipient: their username and its signature with their secret. */
    static String token(Recipient to) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString(to.username.getBytes(StandardCharsets.UTF_8)) + "." + signature(to);
    }

    static String signature(Recipient to) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(to.unsubscribeSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    mac.doFinal(("unsubscribe:" + to.username).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String url(String link) {
        return site.publicUrl() + (link == null ? "/benachrichtigungen" : link);
    }

    private static String line(ResourceBundle texts, Locale locale, Notification n) {
        String when = n.at == null ? "" : DateTimeFormatter.ofPattern(locale == Locale.ENGLISH ? "d MMM yyyy, HH:mm"
                : "dd.MM.yyyy, HH:mm", locale).format(n.at.atZone(ZONE)) + " " + texts.getString("zone");
        String key = "kind." + n.kind;
        return texts.containsKey(key) ? format(texts, key, locale, n.subject, n.detail == null ? "" : n.detail, when)
                : n.subject;
    }

    private static String format(ResourceBundle texts, String key, Locale locale, Object... args) {
        return new MessageFormat(texts.getString(key).replace("'", "''"), locale).format(args);
    }
}
