package de.kommunalmesse.feedback;

import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A certificate of attendance as issued: what the public verification shows, and the figures printed. */
@Entity
@Table(name = "attendance_certificate")
public class AttendanceCertificate extends IdentityEntity {

    public String code;
    public long editionId;
    public String username;
    public String printedName;
    public int totalSeconds;
    public int talkCount;
    public Instant issuedAt;
    public Instant revokedAt;
}
