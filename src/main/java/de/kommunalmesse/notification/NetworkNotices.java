package de.kommunalmesse.notification;

import de.kommunalmesse.network.NetworkChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Networking's notifications (topic {@code contact}): a new contact request for the visitor asked, an accepted one
 * for the visitor who asked. A declined request notifies nobody.
 */
@ApplicationScoped
public class NetworkNotices {

    @Inject
    NotificationService notifications;

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) NetworkChanged change) {
        if (change instanceof NetworkChanged.Requested r) {
            notifications.notify(r.receiver(), "contact.request", r.senderName(), null, null, "/vernetzen");
        } else if (change instanceof NetworkChanged.Accepted a) {
            notifications.notify(a.sender(), "contact.accepted", a.receiverName(), null, null,
                    "/gespraeche/" + a.conversationId());
        }
    }
}
