package de.kommunalmesse.accessibility;

import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** An answer to a report, final or interim (BITVNRW §5 (2): an interim message when a fix takes longer). */
@Entity(name = "AccessibilityReply")
@Table(name = "accessibility_reply")
class Reply extends IdentityEntity {

    public long reportId;

    public String message;
    public boolean interim;

    public String sentBy;

    public Instant sentAt;

    public String mailedTo;

    public boolean mailSent;
}
