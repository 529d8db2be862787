package de.kommunalmesse.stage;

import de.kommunalmesse.stage.CaptionsViews.WaiverView;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * An admin's decision that a recording or a stage stream may go online without captions: why, who and when.
 * An entity holds null while there is no such decision (Hibernate loads three null columns as null).
 */
@Embeddable
public class CaptionsWaiver {

    @Column(name = "captions_waiver_reason")
    public String reason;

    @Column(name = "captions_waived_by")
    public String decidedBy;

    @Column(name = "captions_waived_at")
    public Instant decidedAt;

    /** The decision with this reason; the same reason again keeps who decided it first and when. */
    static CaptionsWaiver decide(CaptionsWaiver current, String reason, String by, Instant at) {
        String stripped = reason.strip();
        if (current != null && stripped.equals(current.reason)) {
            return current;
        }
        CaptionsWaiver waiver = new CaptionsWaiver();
        waiver.reason = stripped;
        waiver.decidedBy = by;
        waiver.decidedAt = at;
        return waiver;
    }

    /** The decision as shown: who decided only to admins (to everyone else it is an operator's decision). */
    static WaiverView view(CaptionsWaiver waiver, boolean admin) {
        return waiver == null ? null : new WaiverView(waiver.reason, admin ? waiver.decidedBy : null, waiver.decidedAt);
    }
}
