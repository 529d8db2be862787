package de.kommunalmesse.booth;

import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who changed an exhibitor's staff, what, and when. */
@Entity
@Table(name = "exhibitor_audit")
public class ExhibitorAuditEntry extends IdentityEntity {
    public long exhibitorId;
    public String actor;
    /** The actor's display name when they acted. */
    public String actorName;
    public String action;
    public String detail;
    public Instant at;
}
