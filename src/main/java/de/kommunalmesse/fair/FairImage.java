package de.kommunalmesse.fair;

import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An image of the fair (speaker photo, key visual, organiser or partner logo, stage picture), checked and stored
 * like a booth material; its bytes live in {@code MaterialStorage} under {@link #storageKey} and never change.
 */
@Entity
@Table(name = "fair_image")
public class FairImage extends IdentityEntity {

    public String mediaType;
    public long sizeBytes;
    public String sha256;
    public String storageKey;
    public Integer width;
    public Integer height;
    public String uploadedBy;
    public Instant createdAt;
}
