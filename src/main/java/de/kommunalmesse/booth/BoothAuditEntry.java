package de.kommunalmesse.booth;

import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who changed what on a booth, and when. */
@Entity
@Table(name = "booth_audit")
public class BoothAuditEntry extends IdentityEntity {
    public long boothId;
    public String actor;
    /** The actor's display name when they acted; null for entries from before names were kept. */
    public String actorName;
    public String action;
    public String detail;
    public Instant at;
}
