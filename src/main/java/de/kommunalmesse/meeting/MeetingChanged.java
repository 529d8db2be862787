package de.kommunalmesse.meeting;

import java.time.Instant;

/**
 * Fired when a meeting is booked, moved, cancelled, or a move is proposed or declined; observe it with
 * {@code during = TransactionPhase.AFTER_SUCCESS}, so that nothing is announced that was rolled back. It carries
 * what the mails and notifications need, so observers need not read the meeting again.
 *
 * @param actor the side that acted
 * @param sequence the invitation's SEQUENCE after the change
 */
public record MeetingChanged(Change change, long meetingId, String uid, int sequence, MeetingSide actor,
        Instant startsAt, Instant endsAt, String boothName, String expert, String topic, String videoUrl, String reason,
        Person visitor, Person organizer) {

    /** What happened. */
    public enum Change {
        BOOKED, MOVED, CANCELLED, PROPOSED, DECLINED
    }

    /**
     * One side of the meeting as the mails address them.
     *
     * @param language {@code de} or {@code en}
     */
    public record Person(String username, String name, String email, String language) {
    }

    /** The person on the given side. */
    public Person side(MeetingSide side) {
        return side == MeetingSide.VISITOR ? visitor : organizer;
    }
}
