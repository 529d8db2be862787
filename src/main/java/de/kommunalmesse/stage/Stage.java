package de.kommunalmesse.stage;

import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A stage of an edition on which talks are streamed (e.g. Hauptbühne, Fachforum). */
@Entity
@Table(name = "stage")
public class Stage extends IdentityEntity {

    public long editionId;

    @Column(name = "stage_key")
    public String key;

    public String name;
    public String nameEn;
    public int sortOrder;
    public StreamKind streamKind = StreamKind.NONE;
    public String streamUrl;
    public String embedProvider;
    public String captionsUrl;

    /** The admin decision that lets it go online without captions; null when there is none. */
    @Embedded
    public CaptionsWaiver captionsWaiver;
    public LiveState liveState = LiveState.UPCOMING;
    public String liveMessage;
    public Instant liveChangedAt;
    /** A picture of the stage (an image of the fair) for the lobby and the stage page. */
    public Long pictureImageId;
    public String pictureAlt;

    @Version
    public long version;
}
