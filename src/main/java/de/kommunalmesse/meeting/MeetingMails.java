package de.kommunalmesse.meeting;

import de.kommunalmesse.booth.ContactRequests;
import de.kommunalmesse.common.MailDelivery;
import io.quarkus.mailer.Mail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import net.fortuna.ical4j.model.property.Method;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Tells both sides of a meeting what changed, in the language each of them used, as text and accessible HTML;
 * bookings, moves and cancellations carry the calendar invitation. The mails name only the meeting, its time,
 * its room and the other side's name: no e-mail addresses of the other side, no questions.
 */
@ApplicationScoped
public class MeetingMails {

    private static final Logger LOG = Logger.getLogger(MeetingMails.class);

    @Inject
    MailDelivery mailer;

    @Inject
    ContactRequests.MailConfig mailConfig;

    @ConfigProperty(name = "quarkus.mailer.from")
    String from;

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) MeetingChanged change) {
        if (!mailConfig.enabled()) {
            return;
        }
        Method method = MeetingInvitation.method(change.change());
        String ics = method == null ? null : MeetingInvitation.write(change, method, from, Instant.now());
        for (MeetingSide side : recipients(change)) {
            MeetingChanged.Person person = change.side(side);
            if (person.email() == null) {
                continue;
            }
            MeetingSide other = side == MeetingSide.VISITOR ? MeetingSide.BOOTH : MeetingSide.VISITOR;
            // Sent without waiting: the answer to the booking must not wait for the mail server. The meeting is
            // stored and shown in both calendars of the platform; a mail failure is logged and undoes nothing.
            mailer.send(mail(change, person, change.side(other).name(), method, ics)).subscribe().with(
                    sent -> { },
                    failure -> LOG.warnf(failure, "Mail about meeting %d could not be sent", change.meetingId()));
        }
    }

    /** Bookings, moves and cancellations go to both sides; a proposal to the other side, its decline to the proposer. */
    private static MeetingSide[] recipients(MeetingChanged change) {
        MeetingSide other = change.actor() == MeetingSide.VISITOR ? MeetingSide.BOOTH : MeetingSide.VISITOR;
        return switch (change.change()) {
            case BOOKED, MOVED, CANCELLED -> MeetingSide.values();
            case PROPOSED, DECLINED -> new MeetingSide[] {other};
        };
    }

    private Mail mail(MeetingChanged change, MeetingChanged.Person to, String otherName, Method method, String ics) {
        Locale locale = "en".equals(to.language()) ? Locale.ENGLISH : Locale.GERMAN;
        ResourceBundle texts = ResourceBundle.getBundle("meeting-mails", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String when = when(change, locale, texts);
        Object[] args = {change.topic(), change.boothName(), when, otherName, change.reason()};
        String subject = format(texts, "subject." + change.change(), locale, args);
        String lead = format(texts, "lead." + change.change(), locale, args);
        StringBuilder text = new StringBuilder(texts.getString("greeting")).append("\n\n").append(lead).append("\n\n")
                .append(texts.getString("when")).append(": ").append(when).append('\n');
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(locale.getLanguage())
                .append("\"><head><meta charset=\"utf-8\"><title>").append(escape(subject)).append("</title></head><body>")
                .append("<h1>").append(escape(subject)).append("</h1><p>").append(escape(texts.getString("greeting")))
                .append("</p><p>").append(escape(lead)).append("</p><dl><dt>").append(escape(texts.getString("when")))
                .append("</dt><dd>").append(escape(when)).append("</dd>");
        if (change.videoUrl() != null && change.change() != MeetingChanged.Change.CANCELLED) {
            text.append(texts.getString("video")).append(": ").append(change.videoUrl()).append('\n');
            html.append("<dt>").append(escape(texts.getString("video"))).append("</dt><dd><a href=\"")
                    .append(escape(change.videoUrl())).append("\">").append(escape(change.videoUrl())).append("</a></dd>");
        }
        if (change.reason() != null && !change.reason().isBlank()) {
            text.append(texts.getString("reason")).append(": ").append(change.reason()).append('\n');
            html.append("<dt>").append(escape(texts.getString("reason"))).append("</dt><dd>").append(escape(change.reason()))
                    .append("</dd>");
        }
        html.append("</dl>");
        if (ics != null) {
            text.append('\n').append(texts.getString("invitation")).append('\n');
            html.append("<p>").append(escape(texts.getString("invitation"))).append("</p>");
        }
        text.append('\n').append(texts.getString("closing")).append('\n');
        html.append("<p>").append(escape(texts.getString("closing"))).append("</p></body></html>");
        Mail mail = Mail.withText(to.email(), subject, text.toString()).setHtml(html.toString());
        if (ics != null) {
            mail.addAttachment("einladung.ics", ics.getBytes(StandardCharsets.UTF_8),
                    "text/calendar; charset=UTF-8; method=" + method.getValue());
        }
        return mail;
    }

    private static String when(MeetingChanged change, Locale locale, ResourceBundle texts) {
        DateTimeFormatter date = DateTimeFormatter.ofPattern(locale == Locale.ENGLISH ? "d MMM yyyy, HH:mm" : "dd.MM.yyyy, HH:mm",
                locale);
        ZonedDateTime start = ZonedDateTime.ofInstant(change.startsAt(), MeetingService.ZONE);
        ZonedDateTime end = ZonedDateTime.ofInstant(change.endsAt(), MeetingService.ZONE);
        return date.format(start) + "–" + DateTimeFormatter.ofPattern("HH:mm").format(end) + " " + texts.getString("zone");
    }

    private static String format(ResourceBundle texts, String key, Locale locale, Object[] args) {
        return new MessageFormat(texts.getString(key).replace("'", "''"), locale).format(args);
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
