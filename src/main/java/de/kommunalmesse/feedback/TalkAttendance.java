package de.kommunalmesse.feedback;

import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** How long one user followed one talk live: written by {@link AttendanceService#record} only. */
@Entity
@Table(name = "talk_attendance")
public class TalkAttendance extends IdentityEntity {

    public long talkId;
    public long editionId;
    public String username;
    public String displayName;
    public Instant firstSeenAt;
    public Instant lastSeenAt;
    public int attendedSeconds;
}
