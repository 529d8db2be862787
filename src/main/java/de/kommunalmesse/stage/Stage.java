package de.kommunalmesse.stage;

import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A stage on which talks are streamed (e.g. Hauptbühne, Fachforum). */
@Entity
@Table(name = "stage")
public class Stage extends IdentityEntity {

    @Column(name = "series_id")
    public long seriesId;

    @Column(name = "stage_key")
    public String key;

    public String name;

    @Column(name = "sort_order")
    public int sortOrder;

    @Column(name = "stream_kind")
    public StreamKind streamKind = StreamKind.NONE;

    @Column(name = "stream_url")
    public String streamUrl;

    @Column(name = "embed_provider")
    public String embedProvider;

    @Column(name = "captions_url")
    public String captionsUrl;

    @Column(name = "live_state")
    public LiveState liveState = LiveState.UPCOMING;

    @Column(name = "live_message")
    public String liveMessage;

    @Column(name = "live_changed_at")
    public Instant liveChangedAt;

    @Version
    public long version;
}
