package de.kommunalmesse.stage;

import de.kommunalmesse.common.MaterialFile;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A file of a talk, usually its slides; the bytes live in the material storage under {@link #storageKey}. */
@Entity
@Table(name = "talk_material")
public class TalkMaterial extends MaterialFile {

    public long talkId;
}
