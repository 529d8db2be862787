package de.kommunalmesse.meeting;

import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A time window a booth's expert (or team) offers for meetings; its slots are {@link MeetingSlot}s. */
@Entity
@Table(name = "meeting_availability")
public class Availability extends IdentityEntity {

    public long boothId;
    /** The expert's name as the booth shows it; null for the whole team. */
    public String expertName;
    public String organizerUsername;
    public String organizerName;
    public String organizerEmail;
    public String organizerLanguage;
    public Instant startsAt;
    public Instant endsAt;
    public int slotMinutes;
    /** The room the expert entered, used when the operator configured no video provider. */
    public String videoLink;
    public Instant createdAt;
}
