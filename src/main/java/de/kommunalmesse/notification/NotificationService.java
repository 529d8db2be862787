package de.kommunalmesse.notification;

import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.common.UserNotified;
import de.kommunalmesse.identity.Caller;
import de.kommunalmesse.identity.Role;
import de.kommunalmesse.notification.NotificationViews.NotificationList;
import de.kommunalmesse.notification.NotificationViews.NotificationView;
import de.kommunalmesse.notification.NotificationViews.PreferencesView;
import de.kommunalmesse.notification.NotificationViews.TopicPreference;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The notification centre (docs/notifications.md): features record what happened for a user; the user lists their
 * notifications, marks them read and chooses per topic how to receive them. Each new one is announced as
 * {@link UserNotified} after the commit, so that the user's open tabs on every instance learn it at once; one the
 * user wants by e-mail at once goes out after the commit too.
 */
@ApplicationScoped
@Transactional
public class NotificationService {

    private static final int LIST_SIZE = 50;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Caller caller;

    @Inject
    Event<UserNotified> notified;

    @Inject
    Preferences preferences;

    @Inject
    NotificationMails mails;

    @Inject
    EntityManager em;

    @Location("notification-unsubscribe.html")
    Template unsubscribePage;

    /**
     * Records a notification for the user, in a transaction of its own: callers observe their own change after
     * its commit.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void notify(String username, String kind, String subject, String detail, Instant at, String link) {
        notify(username, kind, subject, detail, at, link, null);
    }

    /**
     * Records a notification like {@link #notify(String, String, String, String, Instant, String)}; while the user
     * has not read the one with the same {@code coalesceKey}, that one is brought up to date instead (a busy
     * conversation is one notification, not one per message). Nothing is recorded when the user turned the topic
     * off.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void notify(String username, String kind, String subject, String detail, Instant at, String link,
            String coalesceKey) {
        Delivery delivery = preferences.delivery(username, Topic.of(kind));
        if (delivery == Delivery.OFF) {
            return;
        }
        Notification notification;
        if (coalesceKey == null) {
            notification = new Notification();
            notification.username = username;
            fill(notification, kind, subject, detail, at, link);
            notification.persist();
        } else {
            // One statement against the unique (username, coalesce_key): parallel replies merge instead of racing
            em.createNativeQuery("INSERT INTO notification (username, kind, subject, detail, at, link, created_at,"
                    + " coalesce_key, repeats) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 1) ON DUPLICATE KEY UPDATE"
                    + " repeats = repeats + 1, kind = VALUES(kind), subject = VALUES(subject), detail = VALUES(detail),"
                    + " at = VALUES(at), link = VALUES(link), created_at = VALUES(created_at)")
                    .setParameter(1, username).setParameter(2, kind).setParameter(3, cut(subject))
                    .setParameter(4, detail == null ? null : cut(detail)).setParameter(5, at).setParameter(6, link)
                    .setParameter(7, Instant.now()).setParameter(8, coalesceKey).executeUpdate();
            notification = Notification.<Notification>find("username = ?1 and coalesceKey = ?2", username, coalesceKey)
                    .firstResult();
        }
        notified.fire(new UserNotified(username));
        if (delivery == Delivery.IMMEDIATE && notification.mailedAt == null) {
            Recipient recipient = Recipient.findById(username);
            if (recipient != null && recipient.email != null && mails.enabled()) {
                notification.mailedAt = notification.createdAt;
                mails.sendAfterCommit(recipient, List.of(notification), false);
            }
        }
    }

    /**
     * Notifies every admin known to the notification centre (those who opened it once: roles live in Keycloak).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void notifyAdmins(String kind, String subject, String detail, Instant at, String link) {
        notifyAdmins(kind, subject, detail, at, link, null);
    }

    /** Notifies every admin, merging with their unread one of the same key (see the coalescing notify). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void notifyAdmins(String kind, String subject, String detail, Instant at, String link, String coalesceKey) {
        for (Recipient admin : Recipient.<Recipient>list("admin = true")) {
            notify(admin.username, kind, subject, detail, at, link, coalesceKey);
        }
    }

    /**
     * The caller's newest notifications and their unread count; remembers the caller's address, language and admin
     * role for notifications and e-mails that come while they are away.
     */
    public NotificationList mine(Locale language) {
        String username = caller.username();
        remember(username, language);
        long unread = Notification.count("username = ?1 and readAt is null", username);
        return new NotificationList(unread, Notification.<Notification>find("username = ?1 order by createdAt desc, id desc",
                username).page(0, LIST_SIZE).list().stream().map(NotificationService::view).toList());
    }

    /** Marks one of the caller's notifications read; another user's is not found. */
    public NotificationView markRead(long id) {
        Notification notification = Notification.<Notification>find("id = ?1 and username = ?2", id, caller.username())
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("notFound.notification", id));
        if (notification.readAt == null) {
            notification.readAt = Instant.now();
            notification.coalesceKey = null;
        }
        return view(notification);
    }

    /** Marks all of the caller's notifications read. */
    public NotificationList markAllRead(Locale language) {
        Notification.update("readAt = ?1, coalesceKey = null where username = ?2 and readAt is null", Instant.now(),
                caller.username());
        return mine(language);
    }

    /** How the caller receives each topic they can receive (admins' topics only for admins). */
    public PreferencesView preferences(Locale language) {
        Recipient recipient = remember(caller.username(), language);
        Map<Topic, Delivery> chosen = preferences.of(recipient.username);
        return new PreferencesView(recipient.email != null, mails.enabled(), Arrays.stream(Topic.values())
                .filter(t -> recipient.admin || !t.adminsOnly())
                .map(t -> new TopicPreference(t, chosen.getOrDefault(t, Delivery.APP))).toList());
    }

    /** Sets how the caller receives the given topics; the others stay as they were. */
    public PreferencesView setPreferences(List<TopicPreference> update, Locale language) {
        Recipient recipient = remember(caller.username(), language);
        for (TopicPreference preference : update) {
            if (preference.topic().adminsOnly() && !recipient.admin) {
                throw ProblemException.forbidden("notification.topicForAdmins", preference.topic().code());
            }
            if (preference.delivery().mails() && recipient.email == null) {
                throw ProblemException.badRequest("notification.noEmail");
            }
        }
        for (TopicPreference preference : update) {
            preferences.set(recipient.username, preference.topic(), preference.delivery());
        }
        return preferences(language);
    }

    /** The page behind an unsubscribe link: asks before it unsubscribes (mail scanners follow links). */
    public String unsubscribePage(String token, Locale language) {
        Recipient recipient = recipientOf(token);
        return unsubscribeHtml(recipient, language, false);
    }

    /** The one-click unsubscribe (RFC 8058): no more e-mail of any topic for the user the token was signed for. */
    public String unsubscribe(String token, Locale language) {
        Recipient recipient = recipientOf(token);
        preferences.stopMails(recipient.username);
        return unsubscribeHtml(recipient, language, true);
    }

    private static Recipient recipientOf(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot <= 0) {
            throw ProblemException.badRequest("notification.badToken");
        }
        String username;
        try {
            username = new String(java.util.Base64.getUrlDecoder().decode(token.substring(0, dot)),
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("notification.badToken");
        }
        Recipient recipient = Recipient.findById(username);
        if (recipient == null || !java.security.MessageDigest.isEqual(
                NotificationMails.signature(recipient).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                token.substring(dot + 1).getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            throw ProblemException.badRequest("notification.badToken");
        }
        return recipient;
    }

    private String unsubscribeHtml(Recipient recipient, Locale language, boolean done) {
        Locale locale = "en".equals(language.getLanguage()) ? Locale.ENGLISH : Locale.GERMAN;
        java.util.ResourceBundle texts = NotificationMails.texts(locale);
        return unsubscribePage.data("lang", locale.getLanguage()).data("title", texts.getString("unsubscribe.title"))
                .data("done", done).data("text", texts.getString(done ? "unsubscribe.done" : "unsubscribe.question"))
                .data("button", texts.getString("unsubscribe.button"))
                .data("action", "/api/notifications/unsubscribe?token=" + NotificationMails.token(recipient)).render();
    }

    private Recipient remember(String username, Locale language) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        // One statement, so that two first requests of a new user at the same moment do not both insert
        em.createNativeQuery("INSERT INTO notification_recipient (username, email, language, admin, unsubscribe_secret,"
                + " seen_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON DUPLICATE KEY UPDATE email = VALUES(email),"
                + " language = VALUES(language), admin = VALUES(admin), seen_at = VALUES(seen_at)")
                .setParameter(1, username).setParameter(2, caller.email().orElse(null))
                .setParameter(3, "en".equals(language.getLanguage()) ? "en" : "de").setParameter(4, caller.hasRole(Role.ADMIN))
                .setParameter(5, HexFormat.of().formatHex(secret)).setParameter(6, Instant.now()).executeUpdate();
        Recipient recipient = Recipient.findById(username);
        em.refresh(recipient);
        return recipient;
    }

    private static void fill(Notification notification, String kind, String subject, String detail, Instant at,
            String link) {
        notification.kind = kind;
        notification.subject = cut(subject);
        notification.detail = detail == null ? null : cut(detail);
        notification.at = at;
        notification.link = link;
        notification.createdAt = Instant.now();
    }

    private static String cut(String value) {
        return value.length() > 300 ? value.substring(0, 300) : value;
    }

    private static NotificationView view(Notification n) {
        return new NotificationView(n.id, n.kind, n.subject, n.detail, n.at, n.link, n.createdAt, n.readAt != null,
                n.repeats);
    }
}
