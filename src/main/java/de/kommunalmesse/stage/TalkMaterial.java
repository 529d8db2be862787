package de.kommunalmesse.stage;

import de.kommunalmesse.common.IdentityEntity;
import de.kommunalmesse.common.MaterialKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file of a talk, usually its slides; the bytes live in the material storage under {@link #storageKey}. */
@Entity
@Table(name = "talk_material")
public class TalkMaterial extends IdentityEntity {

    @Column(name = "talk_id")
    public long talkId;

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
