package de.kommunalmesse.booth;

import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/** A virtual booth (Messestand) in the hall. */
@Entity
@Table(name = "booth")
public class Booth extends IdentityEntity {

    /** The edition whose hall the booth stands in; the slug is unique within it. */
    public long editionId;

    public String slug;

    /** The booth of an earlier edition this one was carried over from, if any. */
    public Long carriedFromBoothId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "exhibitor_id")
    public Exhibitor exhibitor;

    public Long eventDayId;
    public String name;
    public String tagline;
    public String description;
    public String nameEn;
    public String taglineEn;
    public String descriptionEn;
    /** A short summary in Leichte Sprache (German). */
    public String easySummary;

    @Enumerated(EnumType.STRING)
    public BoothStatus status;

    public boolean featured;
    public String tileSize;
    public int hallOrder;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "booth_topic_field", joinColumns = @JoinColumn(name = "booth_id"))
    @Column(name = "topic_field_code")
    public Set<String> topicFieldCodes = new LinkedHashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "booth_tag", joinColumns = @JoinColumn(name = "booth_id"))
    @OrderColumn(name = "position")
    @Column(name = "tag")
    public List<String> tags = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "booth_link", joinColumns = @JoinColumn(name = "booth_id"))
    @OrderColumn(name = "position")
    public List<LinkEntry> links = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "booth_expert", joinColumns = @JoinColumn(name = "booth_id"))
    @OrderColumn(name = "position")
    public List<ExpertEntry> experts = new ArrayList<>();

    @OneToMany(mappedBy = "booth", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 100)
    public List<ReuseOffer> services = new ArrayList<>();

    /** Ids of the materials the approved booth shows, in order. */
    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "booth_material", joinColumns = @JoinColumn(name = "booth_id"))
    @OrderColumn(name = "position")
    @Column(name = "material_id")
    public List<Long> materialIds = new ArrayList<>();

    public Long logoMaterialId;
    public Long bannerMaterialId;
    /** What the logo and the banner show (required with them since V30; older booths may lack it). */
    public String logoAlt;
    public String bannerAlt;
    /** The booth's video (V32): address, captions (an uploaded file's id or an address), title, description. */
    public String videoUrl;
    public Long videoCaptionsId;
    public String videoCaptionsUrl;
    public String videoTitle;
    public String videoDescription;
    public Instant publishedAt;
    public Instant createdAt;
    public Instant updatedAt;

    @Version
    public long version;

    @Embeddable
    public static class LinkEntry {
        public String label;
        public String url;
    }

    @Embeddable
    public static class ExpertEntry {
        public String name;
        public String role;
        public String email;
        public String phone;
    }
}
