package de.kommunalmesse.booth;

import de.kommunalmesse.common.MaterialKind;
import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** An uploaded file of a booth; its bytes live in {@code MaterialStorage} under {@link #storageKey}. */
@Entity
@Table(name = "material")
public class Material extends IdentityEntity {

    @Column(name = "booth_id")
    public long boothId;

    public String title;
    public MaterialKind kind;

    @Column(name = "media_type")
    public String mediaType;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "size_bytes")
    public long sizeBytes;

    public String sha256;

    @Column(name = "storage_key")
    public String storageKey;

    @Column(name = "download_count")
    public long downloadCount;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    @Column(name = "created_at")
    public Instant createdAt;
}
