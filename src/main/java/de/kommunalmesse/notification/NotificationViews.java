package de.kommunalmesse.notification;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response records of the notification centre. */
public final class NotificationViews {

    private NotificationViews() {
    }

    /**
     * One notification.
     *
     * @param kind what happened: {@code meeting.booked}, {@code meeting.moved}, {@code meeting.cancelled},
     *        {@code meeting.proposed}, {@code meeting.declined}
     */
    @Schema(name = "Notification")
    public record NotificationView(long id, @Schema(examples = "meeting.booked") String kind,
            @Schema(examples = "Nachnutzung des Bürgerportals") String subject,
            @Schema(examples = "Digitaler Umzugsservice") String detail, Instant at,
            @Schema(examples = "/termine/42") String link, Instant createdAt, boolean read) {
    }

    /** The newest notifications and how many of all are unread. */
    @Schema(name = "Notifications")
    public record NotificationList(long unread, List<NotificationView> items) {
    }
}
