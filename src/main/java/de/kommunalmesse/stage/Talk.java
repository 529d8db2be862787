package de.kommunalmesse.stage;

import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/** A programme item on a stage: greeting, keynote, talk, panel or workshop. */
@Entity
@Table(name = "talk")
public class Talk extends IdentityEntity {

    public long eventDayId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "stage_id")
    public Stage stage;

    public String title;

    @Column(name = "abstract")
    public String summary;

    public String titleEn;

    @Column(name = "abstract_en")
    public String summaryEn;

    /** A short summary in Leichte Sprache (German). */
    public String easySummary;

    @Column(name = "talk_type")
    public TalkType type;

    public String topicFieldCode;
    public String language;
    public Instant startsAt;
    public Instant endsAt;

    /** Where an imported talk came from, e.g. {@code pretalx:1234}; a new import of it updates it. */
    public String externalId;
    public String recordingUrl;

    /** The admin decision that lets it go online without captions; null when there is none. */
    @Embedded
    public CaptionsWaiver captionsWaiver;
    public Instant updatedAt;

    @Version
    public long version;

    @OneToMany(mappedBy = "talk", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 50)
    public List<TalkSpeaker> speakers = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "talk_booth", joinColumns = @JoinColumn(name = "talk_id"))
    @Column(name = "booth_id")
    public Set<Long> boothIds = new HashSet<>();
}
