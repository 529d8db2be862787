package de.kommunalmesse.chat.delivery;

import de.kommunalmesse.chat.ChatEvent.UserNotice;
import de.kommunalmesse.common.UserNotified;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Carries a new notification (common/UserNotified, fired by the notification centre inside its transaction) to the
 * user's open connections on every instance, through the chat's fan-out, which sends it once the transaction has
 * committed: the chat knows no notification, the notification no socket.
 */
@ApplicationScoped
public class NotificationRelay {

    @Inject
    ChatFanOut fanOut;

    void notified(@Observes UserNotified notified) {
        fanOut.publish(new UserNotice(notified.username()));
    }
}
