package de.kommunalmesse.booth;

import de.kommunalmesse.fair.EditionService;
import de.kommunalmesse.fair.EditionViews.EditionRef;
import de.kommunalmesse.booth.BoothViews.BoothCard;
import de.kommunalmesse.booth.BoothViews.ExhibitorRef;
import de.kommunalmesse.booth.BoothViews.HallPage;
import de.kommunalmesse.booth.HallSnapshot.Filters;
import de.kommunalmesse.booth.HallSnapshot.Offer;
import de.kommunalmesse.booth.HallSnapshot.PublishedBooth;
import de.kommunalmesse.common.CacheVersions;
import de.kommunalmesse.common.ContentLanguage;
import de.kommunalmesse.common.DatabaseOutage;
import de.kommunalmesse.common.SqlValues;
import de.kommunalmesse.fair.FairService;
import de.kommunalmesse.fair.FairViews.RegionView;
import de.kommunalmesse.fair.FairViews.TopicFieldView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The published hall in memory, kept current across instances: a {@link HallSnapshot} of every published
 * booth, searched without a query. The hall changes only when an admin approves or places a booth; each such
 * change bumps a version number in the database in the same transaction ({@link #changed()}), every search
 * reads that number ({@link CacheVersions}), and a snapshot of an older version is loaded again first. So every instance answers from
 * the current hall, and a search costs no query beyond that one row.
 */
@ApplicationScoped
public class HallIndex {

    static final String VERSION_KEY = "hall.version";

    @Inject
    EntityManager em;

    @Inject
    FairService fair;

    @Inject
    EditionService editions;

    @Inject
    CacheVersions versions;

    @Inject
    ContentLanguage language;

    private final Object rebuild = new Object();
    private volatile HallSnapshot snapshot;

    /** Marks the hall as changed; call inside the transaction that changes it. */
    void changed() {
        versions.bump(VERSION_KEY);
    }

    /** One page of the current hall in the language of the request; see {@link HallSnapshot#search}. */
    HallPage search(Filters filters, List<String> words, String sort, int page, int size) {
        return current().search(filters, words, sort, page, size, language.english());
    }

    private HallSnapshot current() {
        String version;
        try {
            version = version();
        } catch (RuntimeException e) {
            // The database is away: the hall as last read is still the best answer (issue 21.9)
            HallSnapshot known = snapshot;
            if (known != null && DatabaseOutage.isCause(e)) {
                return known;
            }
            throw e;
        }
        HallSnapshot hall = snapshot;
        if (hall != null && hall.version().equals(version)) {
            return hall;
        }
        synchronized (rebuild) {
            hall = snapshot;
            if (hall == null || !hall.version().equals(version)) {
                hall = HallSnapshot.build(version, load());
                snapshot = hall;
            }
            return hall;
        }
    }

    private String version() {
        return versions.of(VERSION_KEY);
    }

    /** Every published booth with its card, filter values and search document, in three queries. */
    @SuppressWarnings("unchecked")
    private List<PublishedBooth> load() {
        Map<String, TopicFieldView> topicFields = fair.topicFields();
        Map<String, RegionView> regions = fair.regions(false);
        Map<String, RegionView> regionsEn = fair.regions(true);
        Map<Long, Set<String>> boothTopics = new HashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("SELECT t.booth_id, t.topic_field_code"
                + " FROM booth_topic_field t JOIN booth b ON b.id = t.booth_id WHERE b.status = 'PUBLISHED'").getResultList()) {
            boothTopics.computeIfAbsent(((Number) row[0]).longValue(), k -> new HashSet<>()).add((String) row[1]);
        }
        Map<Long, List<Object[]>> offers = new HashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("SELECT o.booth_id, o.topic_field_code, o.maturity,"
                + " o.reuse_model, o.ozg_level, o.efa, o.spdx_licence, o.operating_model, o.ozg_model FROM reuse_offer o JOIN booth b ON b.id = o.booth_id WHERE b.status = 'PUBLISHED'")
                .getResultList()) {
            offers.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>()).add(row);
        }
        Map<Long, EditionRef> editionsById = editions.allById();
        List<Object[]> rows = em.createNativeQuery("SELECT b.id, b.slug, b.name, b.tagline, e.slug AS exhibitor_slug,"
                + " e.name AS exhibitor_name, e.org_type, e.region_code, b.event_day_id, b.featured, b.tile_size,"
                + " b.hall_order, b.published_at, s.doc, b.edition_id, b.logo_material_id, b.name_en, b.tagline_en FROM booth b JOIN exhibitor e ON e.id = b.exhibitor_id"
                + " LEFT JOIN booth_search s ON s.booth_id = b.id WHERE b.status = 'PUBLISHED'").getResultList();

        List<PublishedBooth> booths = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            Set<String> ownTopics = boothTopics.getOrDefault(id, Set.of());
            Set<String> allTopics = new HashSet<>(ownTopics);
            List<Offer> services = new ArrayList<>();
            for (Object[] offer : offers.getOrDefault(id, List.of())) {
                if (offer[1] != null) {
                    allTopics.add((String) offer[1]);
                }
                services.add(new Offer(offer[2] == null ? null : Maturity.fromCode((String) offer[2]),
                        offer[3] == null ? null : ReuseModel.fromCode((String) offer[3]),
                        offer[4] == null ? null : ((Number) offer[4]).intValue(),
                        offer[4] == null ? null : offer[8] == null ? OzgModel.DEFAULT : OzgModel.fromCode((String) offer[8]),
                        offer[5] == null ? null : toBoolean(offer[5]),
                        SpdxLicences.get().identifiers((String) offer[6]),
                        offer[7] == null ? null : OperatingModel.fromCode((String) offer[7])));
            }
            String regionCode = (String) row[7];
            List<TopicFieldView> cardTopics = topicFields.values().stream().filter(f -> ownTopics.contains(f.code())).toList();
            long editionId = ((Number) row[14]).longValue();
            String edition = editionsById.get(editionId).slug();
            BoothCard card = card(row, edition, regionCode == null ? null : regions.get(regionCode), cardTopics,
                    new ContentLanguage.Texts(false));
            BoothCard cardEn = card(row, edition, regionCode == null ? null : regionsEn.get(regionCode), cardTopics,
                    new ContentLanguage.Texts(true));
            booths.add(new PublishedBooth(id, editionId, card, cardEn, regionCode, allTopics, services, ((Number) row[11]).intValue(),
                    Objects.requireNonNullElse(SqlValues.instant(row[12]), Instant.EPOCH), (String) row[13]));
        }
        return booths;
    }

    /** The card of a booth row of {@link #load()}, its texts picked by {@code texts}. */
    private static BoothCard card(Object[] row, String edition, RegionView region, List<TopicFieldView> topics,
            ContentLanguage.Texts texts) {
        return new BoothCard((String) row[1], edition, texts.pick("name", (String) row[2], (String) row[16]),
                texts.pick("tagline", (String) row[3], (String) row[17]),
                new ExhibitorRef((String) row[4], (String) row[5], OrganisationType.fromCode((String) row[6])), region,
                topics, row[8] == null ? null : ((Number) row[8]).longValue(), toBoolean(row[9]), (String) row[10],
                BoothService.logoUrl((String) row[1], row[15] == null ? null : ((Number) row[15]).longValue()), texts.langs());
    }

    private static boolean toBoolean(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}
