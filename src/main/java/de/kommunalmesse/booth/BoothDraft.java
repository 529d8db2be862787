package de.kommunalmesse.booth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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
    @Column(name = "booth_id")
    public Long boothId;

    /** {@link BoothContent} as JSON. */
    public String content;

    public DraftState state;

    /** The admin's reason of a rejection. */
    public String reason;

    @Version
    public long version;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;
}
