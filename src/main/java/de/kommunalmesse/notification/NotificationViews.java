package de.kommunalmesse.notification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
     *        {@code meeting.proposed}, {@code meeting.declined}, {@code conversation.reply}, {@code contact.answered},
     *        {@code booth.approved}, {@code booth.rejected}, {@code review.waiting}, {@code report.new},
     *        {@code reminder.meeting}, {@code reminder.talk}
     * @param repeats how many events it stands for (replies in one conversation merge while unread)
     */
    @Schema(name = "Notification")
    public record NotificationView(long id, @Schema(examples = "meeting.booked") String kind,
            @Schema(examples = "Nachnutzung des Bürgerportals") String subject,
            @Schema(examples = "Digitaler Umzugsservice") String detail, Instant at,
            @Schema(examples = "/termine/42") String link, Instant createdAt, boolean read,
            @Schema(examples = "1") int repeats) {
    }

    /** The newest notifications and how many of all are unread. */
    @Schema(name = "Notifications")
    public record NotificationList(long unread, List<NotificationView> items) {
    }

    /** How the caller receives one topic. */
    @Schema(name = "NotificationPreference")
    public record TopicPreference(@NotNull @Schema(examples = "conversation") Topic topic,
            @NotNull @Schema(examples = "digest") Delivery delivery) {
    }

    /**
     * How the caller receives each topic they can receive.
     *
     * @param hasEmail whether the caller's account has an e-mail address (needed for e-mail)
     * @param mailEnabled whether this installation sends e-mail at all
     */
    @Schema(name = "NotificationPreferences")
    public record PreferencesView(boolean hasEmail, boolean mailEnabled, List<TopicPreference> topics) {
    }

    /** A change of preferences: the listed topics only. */
    @Schema(name = "NotificationPreferencesUpdate")
    public record PreferencesUpdate(@NotNull @Size(max = 20) List<@Valid @NotNull TopicPreference> topics) {
    }
}
