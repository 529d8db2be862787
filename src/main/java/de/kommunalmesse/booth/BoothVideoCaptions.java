package de.kommunalmesse.booth;

import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A WebVTT file uploaded for a booth's video; its bytes live in {@code MaterialStorage} under {@link #storageKey}. */
@Entity
@Table(name = "booth_video_captions")
public class BoothVideoCaptions extends IdentityEntity {

    public long boothId;
    public String fileName;
    public long sizeBytes;
    public int cueCount;
    public String storageKey;
    public String uploadedBy;
    public Instant createdAt;
}
