package de.kommunalmesse.booth;

import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of a reuse request: who (a staff member's name; none for the requester), when and what. */
@Entity
@Table(name = "reuse_request_event")
public class ReuseRequestEvent extends IdentityEntity {
    public long requestId;
    public Instant at;
    public String actor;
    /** created, status, notes, next-date, assignee, confirmed, withdrawn */
    public String kind;
    public ReuseStatus fromStatus;
    public ReuseStatus toStatus;
    public String detail;
}
