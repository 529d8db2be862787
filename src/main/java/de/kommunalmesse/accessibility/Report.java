package de.kommunalmesse.accessibility;

import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A barrier report sent through the public form, and where it stands in the admin queue. */
@Entity(name = "AccessibilityReport")
@Table(name = "accessibility_report")
class Report extends IdentityEntity {

    public String description;
    public String location;

    public String contactEmail;

    /** The language the reporter used; the answer e-mail is written in it. */
    public String lang;

    public String fileName;

    public String mediaType;

    public Long sizeBytes;

    public String sha256;

    public String storageKey;

    public ReportStatus status;
    public String assignee;

    public Instant createdAt;

    public Instant dueAt;

    public Instant firstReplyAt;

    public Instant updatedAt;

    @Version
    public long version;

    /** Still waiting for a first reply (final or interim) after its deadline. */
    boolean overdue(Instant now) {
        return (status == ReportStatus.NEW || status == ReportStatus.IN_PROGRESS) && firstReplyAt == null
                && dueAt.isBefore(now);
    }
}
