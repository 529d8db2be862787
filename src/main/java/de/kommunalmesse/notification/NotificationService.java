package de.kommunalmesse.notification;

import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.common.UserNotified;
import de.kommunalmesse.identity.Caller;
import de.kommunalmesse.notification.NotificationViews.NotificationList;
import de.kommunalmesse.notification.NotificationViews.NotificationView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * The notification centre (docs/notifications.md): features record what happened for a user; the user lists their
 * notifications and marks them read. Each new one is announced as {@link UserNotified} after the commit, so that
 * the user's open tabs on every instance learn it at once.
 */
@ApplicationScoped
@Transactional
public class NotificationService {

    private static final int LIST_SIZE = 50;

    @Inject
    Caller caller;

    @Inject
    Event<UserNotified> notified;

    /**
     * Records a notification for the user, in a transaction of its own: callers observe their own change after
     * its commit.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void notify(String username, String kind, String subject, String detail, Instant at, String link) {
        Notification notification = new Notification();
        notification.username = username;
        notification.kind = kind;
        notification.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
        notification.detail = detail == null || detail.length() <= 300 ? detail : detail.substring(0, 300);
        notification.at = at;
        notification.link = link;
        notification.createdAt = Instant.now();
        notification.persist();
        notified.fire(new UserNotified(username));
    }

    /** The caller's newest notifications and their unread count. */
    public NotificationList mine() {
        String username = caller.username();
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
        }
        return view(notification);
    }

    /** Marks all of the caller's notifications read. */
    public NotificationList markAllRead() {
        Notification.update("readAt = ?1 where username = ?2 and readAt is null", Instant.now(), caller.username());
        return mine();
    }

    private static NotificationView view(Notification n) {
        return new NotificationView(n.id, n.kind, n.subject, n.detail, n.at, n.link, n.createdAt, n.readAt != null);
    }
}
