package de.kommunalmesse.meeting;

import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One bookable time of an availability window. */
@Entity
@Table(name = "meeting_slot")
public class MeetingSlot extends IdentityEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "availability_id")
    public Availability availability;

    public long boothId;
    /** The expert's name, or the empty string for the team: slots of the same key must not overlap. */
    public String expertKey;
    public Instant startsAt;
    public Instant endsAt;
    public Instant withdrawnAt;
}
