package de.kommunalmesse.booth;

import de.kommunalmesse.booth.BoothViews.BoothCard;
import de.kommunalmesse.booth.BoothViews.BoothDetail;
import de.kommunalmesse.booth.BoothViews.BoothRef;
import de.kommunalmesse.booth.BoothViews.ExhibitorRef;
import de.kommunalmesse.booth.BoothViews.ExhibitorView;
import de.kommunalmesse.booth.BoothViews.NewBooth;
import de.kommunalmesse.booth.BoothViews.NewExhibitor;
import de.kommunalmesse.common.PageView;
import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.fair.FairService;
import de.kommunalmesse.fair.FairViews.RegionView;
import de.kommunalmesse.fair.FairViews.TopicFieldView;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The hall: exhibitors and their booths. */
@ApplicationScoped
@Transactional
public class BoothService {

    @Inject
    FairService fair;

    /** Published booths matching the query, featured first, then in hall order and by name. */
    public PageView<BoothCard> hall(BoothQuery query) {
        Map<String, TopicFieldView> topicFields = fair.topicFields();
        if (query.topic != null && !query.topic.isBlank() && !topicFields.containsKey(query.topic)) {
            throw ProblemException.badRequest("unknownTopicField", query.topic);
        }
        StringBuilder where = new StringBuilder("b.status = :status");
        Parameters params = Parameters.with("status", BoothStatus.PUBLISHED);
        if (query.topic != null && !query.topic.isBlank()) {
            where.append(" and :topic member of b.topicFieldCodes");
            params.and("topic", query.topic);
        }
        if (query.day != null) {
            where.append(" and b.eventDayId = :day");
            params.and("day", query.day);
        }
        if (query.q != null && !query.q.isBlank()) {
            where.append(" and (lower(b.name) like :q or lower(b.tagline) like :q or lower(e.name) like :q)");
            params.and("q", "%" + escapeLike(query.q.trim().toLowerCase(Locale.GERMAN)) + "%");
        }
        PanacheQuery<Booth> found = Booth.find(
                "select b from Booth b join fetch b.exhibitor e where " + where
                        + " order by b.featured desc, b.hallOrder, b.name",
                params);
        long total = Booth.count("from Booth b join b.exhibitor e where " + where, params);
        Map<String, RegionView> regions = fair.regions();
        List<BoothCard> cards = found.page(Page.of(query.page, query.size)).list().stream()
                .map(booth -> card(booth, regions, topicFields))
                .toList();
        return PageView.of(cards, query.page, query.size, total);
    }

    /** A published booth by its slug; 404 when there is none. */
    public BoothDetail publishedBooth(String slug) {
        Booth booth = Booth.<Booth>find("slug = ?1 and status = ?2", slug, BoothStatus.PUBLISHED)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("notFound.booth", slug));
        BoothCard card = card(booth, fair.regions(), fair.topicFields());
        return new BoothDetail(card.slug(), card.name(), card.tagline(), card.exhibitor(), card.region(),
                card.topicFields(), card.eventDayId(), card.featured(), card.tileSize(), booth.description,
                List.copyOf(booth.tags),
                booth.eventDayId == null ? null : fair.eventDay(booth.eventDayId).orElse(null));
    }

    public ExhibitorView exhibitor(String slug) {
        return Exhibitor.<Exhibitor>find("slug", slug).firstResultOptional()
                .map(exhibitor -> view(exhibitor, fair.regions()))
                .orElseThrow(() -> ProblemException.notFound("notFound.exhibitor", slug));
    }

    /** Creates an exhibitor; 409 when the slug is taken, 400 for an unknown region. */
    public ExhibitorView createExhibitor(NewExhibitor draft) {
        Map<String, RegionView> regions = fair.regions();
        if (draft.region() != null && !regions.containsKey(draft.region())) {
            throw ProblemException.badRequest("unknownRegion", draft.region());
        }
        if (Exhibitor.count("slug", draft.slug()) > 0) {
            throw ProblemException.conflict("conflict.exhibitorSlug", draft.slug());
        }
        Exhibitor exhibitor = new Exhibitor();
        exhibitor.slug = draft.slug();
        exhibitor.name = draft.name().strip();
        exhibitor.type = draft.type();
        exhibitor.regionCode = draft.region();
        exhibitor.website = draft.website();
        if (draft.staff() != null) {
            draft.staff().forEach(username -> exhibitor.staff.add(username.strip().toLowerCase(Locale.ROOT)));
        }
        exhibitor.createdAt = Instant.now();
        exhibitor.persist();
        return view(exhibitor, regions);
    }

    /** Creates a booth of an existing exhibitor; returns its id. */
    public long createBooth(NewBooth draft) {
        Exhibitor exhibitor = Exhibitor.<Exhibitor>find("slug", draft.exhibitor()).firstResultOptional()
                .orElseThrow(() -> ProblemException.badRequest("notFound.exhibitor", draft.exhibitor()));
        if (Booth.count("slug", draft.slug()) > 0) {
            throw ProblemException.conflict("conflict.boothSlug", draft.slug());
        }
        Map<String, TopicFieldView> topicFields = fair.topicFields();
        for (String code : draft.topicFields()) {
            if (!topicFields.containsKey(code)) {
                throw ProblemException.badRequest("unknownTopicField", code);
            }
        }
        if (draft.eventDayId() != null && fair.eventDay(draft.eventDayId()).isEmpty()) {
            throw ProblemException.badRequest("unknownEventDay", draft.eventDayId());
        }
        Booth booth = new Booth();
        booth.slug = draft.slug();
        booth.exhibitor = exhibitor;
        booth.name = draft.name();
        booth.tagline = draft.tagline();
        booth.description = draft.description();
        booth.topicFieldCodes.addAll(draft.topicFields());
        booth.eventDayId = draft.eventDayId();
        booth.featured = draft.featured();
        booth.tileSize = Objects.requireNonNullElse(draft.tileSize(), "medium");
        booth.tags.addAll(draft.tags() == null ? List.of() : draft.tags());
        booth.status = Objects.requireNonNullElse(draft.status(), BoothStatus.DRAFT);
        booth.createdAt = Instant.now();
        booth.updatedAt = booth.createdAt;
        booth.persist();
        return booth.id;
    }

    /** The public facts other features (chat, programme) need about a booth, if it is published. */
    public Optional<BoothRef> publishedBoothRef(String slug) {
        return Booth.<Booth>find("slug = ?1 and status = ?2", slug, BoothStatus.PUBLISHED).firstResultOptional()
                .map(booth -> new BoothRef(booth.slug, booth.name, booth.exhibitor.slug, booth.exhibitor.name));
    }

    /** Whether the user staffs the exhibitor that owns the booth (admins are not staff by role alone). */
    public boolean isStaffOf(String username, String boothSlug) {
        return username != null && Booth.count("slug = ?1 and ?2 member of exhibitor.staff", boothSlug,
                username.toLowerCase(Locale.ROOT)) > 0;
    }

    /** Ids of the booths with these slugs (unknown slugs are left out). */
    public List<Long> boothIds(Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return List.of();
        }
        return Booth.<Booth>find("slug in ?1", slugs).stream().map(booth -> booth.id).toList();
    }

    private static BoothCard card(Booth booth, Map<String, RegionView> regions, Map<String, TopicFieldView> topicFields) {
        Exhibitor exhibitor = booth.exhibitor;
        List<TopicFieldView> fields = new ArrayList<>();
        topicFields.forEach((code, view) -> {
            if (booth.topicFieldCodes.contains(code)) {
                fields.add(view);
            }
        });
        return new BoothCard(booth.slug, booth.name, booth.tagline,
                new ExhibitorRef(exhibitor.slug, exhibitor.name, exhibitor.type),
                exhibitor.regionCode == null ? null : regions.get(exhibitor.regionCode),
                fields, booth.eventDayId, booth.featured, booth.tileSize);
    }

    private static ExhibitorView view(Exhibitor exhibitor, Map<String, RegionView> regions) {
        return new ExhibitorView(exhibitor.slug, exhibitor.name, exhibitor.type,
                exhibitor.regionCode == null ? null : regions.get(exhibitor.regionCode),
                exhibitor.website, exhibitor.staff.stream().sorted().toList());
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
