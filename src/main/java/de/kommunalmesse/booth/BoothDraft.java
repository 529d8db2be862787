package de.kommunalmesse.booth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The exhibitor's working copy of a booth, one per booth, until an admin approves it. */
@Entity
@Table(name = "booth_draft")
public class BoothDraft extends PanacheEntityBase {

    @Id
    public Long boothId;

    /** {@link BoothContent} as JSON. */
    public String content;
    public DraftState state;

    /** The admin's reason of a rejection. */
    public String reason;

    @Version
    public long version;

    public String updatedBy;
    public Instant updatedAt;
    public Instant submittedAt;
}
