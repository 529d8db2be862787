package de.kommunalmesse.notification;

import de.kommunalmesse.meeting.MeetingChanged;
import de.kommunalmesse.meeting.MeetingSide;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * Tells the other side of a meeting what the one side did: a booking the expert who offered the time, a cancellation,
 * a proposal, a confirmed move or a declined proposal the side that did not act.
 */
@ApplicationScoped
public class MeetingNotices {

    @Inject
    NotificationService notifications;

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) MeetingChanged change) {
        MeetingSide other = change.actor() == MeetingSide.VISITOR ? MeetingSide.BOOTH : MeetingSide.VISITOR;
        notifications.notify(change.side(other).username(), "meeting." + change.change().name().toLowerCase(Locale.ROOT),
                change.topic(), change.boothName(), change.startsAt(), "/termine/" + change.meetingId());
    }
}
