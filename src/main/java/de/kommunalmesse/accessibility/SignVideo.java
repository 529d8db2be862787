package de.kommunalmesse.accessibility;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The sign-language (DGS) video of one Leichte-Sprache page: video, WebVTT captions and transcript. */
@Entity(name = "AccessibilitySignVideo")
@Table(name = "accessibility_sign_video")
class SignVideo extends PanacheEntityBase {

    /** The code of the {@link SignVideoSlot} (a converter cannot map an id). */
    @Id
    public String slot;

    public String title;
    public String transcript;

    public String videoKey;

    public String videoType;

    public Long videoBytes;

    public Integer durationSeconds;

    public String captionsKey;

    public Instant updatedAt;

    public String updatedBy;
}
