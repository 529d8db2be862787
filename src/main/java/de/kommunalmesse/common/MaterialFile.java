package de.kommunalmesse.common;

import de.kommunalmesse.common.Uploads.StoredFile;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * What booth materials and talk files share: an uploaded file whose bytes live in {@link MaterialStorage}
 * under {@link #storageKey}. Each feature keeps its own table with these columns and adds its owner.
 */
@MappedSuperclass
public abstract class MaterialFile extends IdentityEntity {

    public String title;
    public MaterialKind kind;
    public String mediaType;
    public String fileName;
    public long sizeBytes;
    public String sha256;
    public String storageKey;
    public long downloadCount;
    public String uploadedBy;
    public Instant createdAt;

    /**
     * Takes over a file that {@link Uploads#store} accepted, uploaded now by {@code uploadedBy}; without a
     * {@code title} the base name of the uploaded {@code uploadedName} stands in.
     */
    public void takeUpload(StoredFile stored, String uploadedName, String title, String uploadedBy) {
        this.title = title == null || title.isBlank() ? Uploads.baseName(uploadedName) : title.strip();
        kind = stored.kind();
        mediaType = stored.mediaType();
        fileName = stored.fileName();
        sizeBytes = stored.sizeBytes();
        sha256 = stored.sha256();
        storageKey = stored.storageKey();
        this.uploadedBy = uploadedBy;
        createdAt = Instant.now();
    }
}
