package de.kommunalmesse.booth;

import de.kommunalmesse.common.MaterialFile;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An uploaded file of a booth; its bytes live in {@code MaterialStorage} under {@link #storageKey}. */
@Entity
@Table(name = "material")
public class Material extends MaterialFile {

    public long boothId;
}
