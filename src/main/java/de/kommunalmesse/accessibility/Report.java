package de.kommunalmesse.accessibility;

import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.Column;
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

    @Column(name = "contact_email")
    public String contactEmail;

    /** The language the reporter used; the answer e-mail is written in it. */
    public String lang;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "media_type")
    public String mediaType;

    @Column(name = "size_bytes")
    public Long sizeBytes;

    public String sha256;

    @Column(name = "storage_key")
    public String storageKey;

    public ReportStatus status;
    public String assignee;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "first_reply_at")
    public Instant firstReplyAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    /** Still waiting for a first reply (final or interim) after its deadline. */
    boolean overdue(Instant now) {
        return (status == ReportStatus.NEW || status == ReportStatus.IN_PROGRESS) && firstReplyAt == null
                && dueAt.isBefore(now);
    }
}
