package de.kommunalmesse.accessibility;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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

    @Column(name = "video_key")
    public String videoKey;

    @Column(name = "video_type")
    public String videoType;

    @Column(name = "video_bytes")
    public Long videoBytes;

    @Column(name = "duration_seconds")
    public Integer durationSeconds;

    @Column(name = "captions_key")
    public String captionsKey;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;
}
