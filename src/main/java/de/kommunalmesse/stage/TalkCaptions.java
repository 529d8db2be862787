package de.kommunalmesse.stage;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The WebVTT captions of a talk's recording and its transcript (from the captions, or written by hand). */
@Entity
@Table(name = "talk_captions")
public class TalkCaptions extends PanacheEntityBase {

    @Id
    public Long talkId;

    /** The WebVTT file as uploaded (checked by {@link de.kommunalmesse.common.WebVtt}); null for a transcript only. */
    public String vtt;

    public int cueCount;
    public String transcript;

    /** Whether the transcript was written by hand: then new captions leave it as it is. */
    public boolean transcriptEdited;

    public String updatedBy;
    public Instant updatedAt;

    @Version
    public long version;
}
