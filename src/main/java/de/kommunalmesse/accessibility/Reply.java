package de.kommunalmesse.accessibility;

import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** An answer to a report, final or interim (BITVNRW §5 (2): an interim message when a fix takes longer). */
@Entity(name = "AccessibilityReply")
@Table(name = "accessibility_reply")
class Reply extends IdentityEntity {

    @Column(name = "report_id")
    public long reportId;

    public String message;
    public boolean interim;

    @Column(name = "sent_by")
    public String sentBy;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "mailed_to")
    public String mailedTo;

    @Column(name = "mail_sent")
    public boolean mailSent;
}
