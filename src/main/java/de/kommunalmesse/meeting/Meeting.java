package de.kommunalmesse.meeting;

import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A meeting a visitor booked in a booth's slot. */
@Entity
@Table(name = "meeting")
public class Meeting extends IdentityEntity {

    /** The calendar invitation's UID: stays the same when the meeting moves or is cancelled. */
    public String uid;
    public long boothId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "slot_id")
    public MeetingSlot slot;

    /** The slot while the meeting stands, null once cancelled; unique in the database. */
    public Long activeSlotId;

    public String visitorUsername;
    public String visitorName;
    public String visitorEmail;
    public String visitorLanguage;
    public String topic;
    public String questions;
    public MeetingStatus status;
    /** The invitation's SEQUENCE: raised with every change the calendars must take over. */
    public int sequence;
    public String videoUrl;

    @ManyToOne
    @JoinColumn(name = "proposed_slot_id")
    public MeetingSlot proposedSlot;

    public MeetingSide proposedBy;
    public String proposalReason;
    public MeetingSide cancelledBy;
    public String cancelReason;
    public Instant createdAt;
    public Instant updatedAt;

    @Version
    public long version;
}
