package de.kommunalmesse.booth;

import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A video uploaded for a booth; transcoded to HLS in {@code <storage>/videos/<folder>/}. */
@Entity
@Table(name = "booth_video_upload")
public class BoothVideoUpload extends IdentityEntity {

    /** Where the transcoding stands. */
    public static final String PROCESSING = "processing";
    public static final String READY = "ready";
    public static final String FAILED = "failed";

    public long boothId;
    public String fileName;
    public long sizeBytes;
    public String state;
    public String folder;
    /** Why the transcoding failed (ffmpeg's last words), for the editor. */
    public String error;
    public String uploadedBy;
    public Instant createdAt;
    public Instant finishedAt;
}
