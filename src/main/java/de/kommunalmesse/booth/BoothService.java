package de.kommunalmesse.booth;

import de.kommunalmesse.fair.EditionService;
import de.kommunalmesse.fair.EditionViews.EditionRef;
import de.kommunalmesse.booth.BoothStats.Counter;
import de.kommunalmesse.booth.BoothViews.BoothCard;
import de.kommunalmesse.booth.BoothViews.BoothDetail;
import de.kommunalmesse.booth.BoothViews.BoothHandle;
import de.kommunalmesse.booth.BoothViews.BoothRef;
import de.kommunalmesse.booth.BoothViews.BoothTeam;
import de.kommunalmesse.booth.BoothViews.ExhibitorRef;
import de.kommunalmesse.booth.BoothViews.ExhibitorView;
import de.kommunalmesse.booth.BoothViews.HallPage;
import de.kommunalmesse.booth.BoothViews.NewBooth;
import de.kommunalmesse.booth.BoothViews.NewExhibitor;
import de.kommunalmesse.booth.BoothViews.PublicMaterial;
import de.kommunalmesse.booth.BoothViews.ServiceView;
import de.kommunalmesse.common.ContentLanguage;
import de.kommunalmesse.common.Coded;
import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.fair.FairService;
import de.kommunalmesse.fair.FairViews.RegionView;
import de.kommunalmesse.fair.FairViews.TopicFieldView;
import de.kommunalmesse.identity.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The hall as visitors see it: exhibitors and their published booths. */
@ApplicationScoped
@Transactional
public class BoothService {

    @Inject
    FairService fair;

    @Inject
    ReuseRequests reuseRequests;

    @Inject
    SiteConfig site;

    @Inject
    BoothAccess access;

    @Inject
    BoothVideos videos;

    @Inject
    Caller caller;

    @Inject
    BoothSearchIndex search;

    @Inject
    BoothStats stats;

    @Inject
    HallSettings settings;

    @Inject
    EntityManager em;

    @Inject
    HallIndex hallIndex;

    @Inject
    ContentLanguage language;

    @Inject
    EditionService editions;

    @Inject
    ExhibitorStaff staff;


    /**
     * Published booths matching the filters and the search words, ranked by relevance when searching.
     * When nothing matches and a word looks like a typo, the corrected search runs instead and the answer
     * says so ({@code didYouMean}).
     */
    public HallPage hall(BoothQuery query) {
        Long edition = query.allEditions ? null : editions.resolve(query.edition).id();
        Map<String, TopicFieldView> topicFields = fair.topicFields();
        String topic = blankToNull(query.topic);
        if (topic != null && !topicFields.containsKey(topic)) {
            throw ProblemException.badRequest("unknownTopicField", topic);
        }
        String region = blankToNull(query.region);
        if (region != null && !"other".equals(region) && !fair.regions().containsKey(region)) {
            throw ProblemException.badRequest("unknownRegion", region);
        }
        OrganisationType orgType = code(OrganisationType.class, query.orgType, "orgType");
        Maturity maturity = code(Maturity.class, query.maturity, "maturity");
        ReuseModel reuseModel = code(ReuseModel.class, query.reuseModel, "reuseModel");

        List<String> words = SearchWords.terms(query.q);
        if (words.isEmpty() && query.q != null && !query.q.isBlank()) {
            // Only punctuation: nothing can match it
            return new HallPage(List.of(), query.page, query.size, 0, 0, null);
        }
        OperatingModel operatingModel = code(OperatingModel.class, query.operatingModel, "operatingModel");
        String licence = blankToNull(query.licence) == null ? null : SpdxLicences.get().identifiers(query.licence).stream()
                .findFirst().orElseThrow(() -> ProblemException.badRequest("unknownLicence", query.licence));
        OzgModel ozgModel = query.ozgLevel == null ? null : Objects.requireNonNullElse(code(OzgModel.class, query.ozgModel, "ozgModel"),
                OzgModel.DEFAULT);
        if (ozgModel != null && query.ozgLevel > ozgModel.maxLevel()) {
            throw ProblemException.badRequest("ozgLevelInModel", query.ozgLevel, ozgModel.code(), ozgModel.maxLevel())
                    .at("ozgLevel");
        }
        return hallIndex.search(new HallSnapshot.Filters(topic, region, orgType, maturity, reuseModel, query.day, edition,
                query.ozgLevel, ozgModel, query.efa, licence, operatingModel), words,
                query.sort, query.page, query.size);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Cards of these booths in the given order. */
    List<BoothCard> cards(List<Long> ids, Map<String, TopicFieldView> topicFields) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Booth> byId = Booth.<Booth>find("select b from Booth b join fetch b.exhibitor where b.id in ?1", ids)
                .stream().collect(Collectors.toMap(b -> b.id, Function.identity()));
        Map<String, RegionView> regions = fair.regions();
        Map<Long, EditionRef> editionsById = editions.allById();
        return ids.stream().map(byId::get).filter(Objects::nonNull)
                .map(b -> card(b, editionsById.get(b.editionId).slug(), regions, topicFields, language.texts())).toList();
    }

    /**
     * A published booth with everything visitors may see; the experts' contact data only for logged-in
     * users. Counts a view.
     */
    public BoothDetail publishedBooth(EditionRef edition, String slug) {
        Booth booth = published(edition, slug);
        Map<String, TopicFieldView> topicFields = fair.topicFields();
        ContentLanguage.Texts texts = language.texts();
        BoothCard card = card(booth, edition.slug(), fair.regions(), topicFields, texts);
        String description = texts.pick("description", booth.description, booth.descriptionEn);
        Map<Long, Material> materials = Material.<Material>list("boothId", booth.id).stream()
                .collect(Collectors.toMap(m -> m.id, Function.identity()));
        List<PublicMaterial> shown = booth.materialIds.stream().map(materials::get).filter(Objects::nonNull)
                .map(m -> new PublicMaterial(m.id, m.title, m.kind, m.mediaType, m.sizeBytes, materialUrl(booth.slug, m.id)))
                .toList();
        boolean loggedIn = caller.loggedIn();
        Map<String, List<ReuseViews.Adoption>> adoptions = reuseRequests.adoptions(
                booth.services.stream().map(offer -> offer.serviceKey).toList());
        List<ServiceView> services = booth.services.stream().map(offer -> {
            ReuseProfile profile = BoothContentMapper.profile(offer);
            ContentLanguage.Texts serviceTexts = language.texts();
            return new ServiceView(offer.serviceKey, serviceTexts.pick("name", offer.name, offer.nameEn),
                    serviceTexts.pick("summary", offer.summary, offer.summaryEn),
                    offer.topicFieldCode == null ? null : topicFields.get(offer.topicFieldCode), offer.maturity,
                    offer.reuseModel, offer.licence, offer.codeUrl, offer.technology, BoothContentMapper.adopters(offer),
                    offer.contactExpert, loggedIn ? profile : profile.withoutContact(),
                    adoptions.getOrDefault(offer.serviceKey, List.of()), serviceTexts.langs());
        }).toList();
        List<BoothContent.Expert> experts = loggedIn
                ? booth.experts.stream().map(e -> new BoothContent.Expert(e.name, e.role, e.email, e.phone)).toList()
                : null;
        boolean bookmarked = loggedIn && Bookmarks.exists(em, caller.username(), booth.id);
        stats.count(booth.id, Counter.VIEWS);
        return new BoothDetail(card.slug(), edition.slug(), edition.archived(), card.name(), card.tagline(), card.exhibitor(), card.region(),
                card.topicFields(), card.eventDayId(), card.featured(), card.tileSize(), description,
                List.copyOf(booth.tags),
                booth.eventDayId == null ? null : fair.eventDay(booth.eventDayId).orElse(null),
                booth.links.stream().map(l -> new BoothContent.Link(l.label, l.url)).toList(),
                logoUrl(booth.slug, booth.logoMaterialId),
                booth.bannerMaterialId == null ? null : materialUrl(booth.slug, booth.bannerMaterialId),
                booth.logoMaterialId == null ? null : booth.logoAlt, booth.bannerMaterialId == null ? null : booth.bannerAlt,
                services, shown, experts, bookmarked, settings.contactRequestsEnabled() && !edition.archived(),
                booth.easySummary, texts.langs(), BoothVideos.publicView(booth));
    }

    /** A published service as publiccode.yml 0.4, its usedBy from the confirmed adopters. */
    public String publicCode(EditionRef edition, String slug, String serviceKey) {
        Booth booth = published(edition, slug);
        ReuseOffer offer = booth.services.stream().filter(o -> o.serviceKey.equals(serviceKey)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("notFound.service", serviceKey));
        List<String> adopters = reuseRequests.adoptions(List.of(serviceKey)).getOrDefault(serviceKey, List.of()).stream()
                .map(ReuseViews.Adoption::organisation).distinct().toList();
        String boothUrl = site.publicUrl().replaceAll("/$", "") + "/" + edition.slug() + "/stand/" + booth.slug;
        LocalDate published = (booth.publishedAt == null ? Instant.now() : booth.publishedAt)
                .atZone(ZoneOffset.UTC).toLocalDate();
        return PublicCode.write(offer, boothUrl, published, adopters);
    }

    Booth published(EditionRef edition, String slug) {
        return Booth.<Booth>find("editionId = ?1 and slug = ?2 and status = ?3", edition.id(), slug, BoothStatus.PUBLISHED)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("notFound.booth", slug));
    }

    static String materialUrl(String slug, long materialId) {
        return "/api/booths/" + slug + "/materials/" + materialId;
    }

    /** Where a booth's logo is downloaded, or null without a logo. */
    static String logoUrl(String slug, Long logoMaterialId) {
        return logoMaterialId == null ? null : materialUrl(slug, logoMaterialId);
    }

    /** An exhibitor; its staff list only for admins (usernames and e-mail addresses are personal data). */
    public ExhibitorView exhibitor(String slug) {
        return Exhibitor.<Exhibitor>find("slug", slug).firstResultOptional()
                .map(exhibitor -> view(exhibitor, fair.regions()))
                .map(view -> access.isAdmin() ? view : new ExhibitorView(view.slug(), view.name(), view.type(),
                        view.region(), view.website(), null))
                .orElseThrow(() -> ProblemException.notFound("notFound.exhibitor", slug));
    }

    /**
     * Creates an exhibitor, taking part in the current edition; 409 when the slug is taken, 400 for an unknown
     * region.
     */
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
        editions.currentIfAny().ifPresent(edition -> takePart(edition, exhibitor));
        return view(exhibitor, regions);
    }

    /** Replaces the staff of an exhibitor (Keycloak usernames). */
    public ExhibitorView assignStaff(String slug, List<String> usernames) {
        Exhibitor exhibitor = Exhibitor.<Exhibitor>find("slug", slug).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("notFound.exhibitor", slug));
        exhibitor.staff.clear();
        usernames.forEach(username -> exhibitor.staff.add(username.strip().toLowerCase(Locale.ROOT)));
        exhibitor.plainStaff.retainAll(exhibitor.staff);
        staff.log(exhibitor.id, "staff.replace", String.join(", ", exhibitor.staff.stream().sorted().toList()));
        return view(exhibitor, fair.regions());
    }

    /**
     * Creates a booth of an existing exhibitor in an edition (imports, demo data and tests), inviting the exhibitor
     * into the edition; returns its id.
     */
    public long createBooth(EditionRef edition, NewBooth draft) {
        Exhibitor exhibitor = Exhibitor.<Exhibitor>find("slug", draft.exhibitor()).firstResultOptional()
                .orElseThrow(() -> ProblemException.badRequest("notFound.exhibitor", draft.exhibitor()));
        if (Booth.count("editionId = ?1 and slug = ?2", edition.id(), draft.slug()) > 0) {
            throw ProblemException.conflict("conflict.boothSlug", draft.slug());
        }
        BoothContent content = draft.content();
        Map<String, TopicFieldView> topicFields = fair.topicFields();
        Stream.concat(content.topicFields().stream(), content.services().stream().map(BoothContent.Service::topicField))
                .filter(code -> code != null && !topicFields.containsKey(code)).findFirst()
                .ifPresent(code -> {
                    throw ProblemException.badRequest("unknownTopicField", code);
                });
        if (content.eventDayId() != null && fair.eventDay(content.eventDayId()).isEmpty()) {
            throw ProblemException.badRequest("unknownEventDay", content.eventDayId());
        }
        if (!content.materials().isEmpty() || content.logoId() != null || content.bannerId() != null) {
            throw ProblemException.badRequest("unknownMaterial", "");
        }
        // A new booth has no uploads yet: its video's captions can only be an address
        videos.check(null, content.video());
        takePart(edition, exhibitor);
        Booth booth = new Booth();
        booth.editionId = edition.id();
        booth.slug = draft.slug();
        booth.exhibitor = exhibitor;
        BoothContentMapper.apply(content, booth);
        booth.featured = draft.featured();
        booth.tileSize = Objects.requireNonNullElse(draft.tileSize(), "medium");
        booth.hallOrder = draft.hallOrder();
        booth.status = Objects.requireNonNullElse(draft.status(), BoothStatus.DRAFT);
        booth.createdAt = Instant.now();
        booth.updatedAt = booth.createdAt;
        if (booth.status == BoothStatus.PUBLISHED) {
            booth.publishedAt = booth.createdAt;
        }
        booth.persist();
        if (booth.status == BoothStatus.PUBLISHED) {
            search.index(booth);
            hallIndex.changed();
        }
        return booth.id;
    }

    private void takePart(EditionRef edition, Exhibitor exhibitor) {
        em.createNativeQuery("INSERT IGNORE INTO edition_exhibitor (edition_id, exhibitor_id, invited_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, edition.id()).setParameter(2, exhibitor.id).setParameter(3, Instant.now())
                .executeUpdate();
    }

    /**
     * The public facts other features (chat, programme) need about a booth named across editions by its key
     * {@code <edition>/<slug>}, if it is published.
     */
    public Optional<BoothRef> publishedBoothRef(String key) {
        // Booth and exhibitor in one read: every chat subscription to a booth channel asks
        return byKey(key).filter(booth -> booth.status == BoothStatus.PUBLISHED)
                .map(booth -> new BoothRef(booth.slug, key.substring(0, key.indexOf('/')), booth.name,
                        booth.exhibitor.slug, booth.exhibitor.name));
    }

    /** The edition a booth key names, if it names a known edition. */
    public Optional<EditionRef> editionOfKey(String key) {
        int slash = key == null ? -1 : key.indexOf('/');
        return slash <= 0 ? Optional.empty() : editions.bySlug(key.substring(0, slash));
    }

    /** The booth a key names, with its exhibitor. */
    private Optional<Booth> byKey(String key) {
        return inEdition(key, (edition, slug) -> Booth.<Booth>find(
                "select b from Booth b join fetch b.exhibitor where b.editionId = ?1 and b.slug = ?2", edition.id(),
                slug).firstResultOptional());
    }

    /** Reads what a booth key {@code <edition>/<slug>} names in its edition; empty for a malformed key or unknown edition. */
    private <T> Optional<T> inEdition(String key, BiFunction<EditionRef, String, Optional<T>> read) {
        int slash = key == null ? -1 : key.indexOf('/');
        return slash <= 0 ? Optional.empty()
                : editions.bySlug(key.substring(0, slash)).flatMap(edition -> read.apply(edition, key.substring(slash + 1)));
    }

    /** The published booths among these ids, by name. */
    public List<BoothRef> boothRefs(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, EditionRef> editionsById = editions.allById();
        return Booth.<Booth>find("select b from Booth b join fetch b.exhibitor where b.id in ?1 and b.status = ?2 order by b.name",
                ids, BoothStatus.PUBLISHED).stream()
                .map(booth -> new BoothRef(booth.slug, editionsById.get(booth.editionId).slug(), booth.name,
                        booth.exhibitor.slug, booth.exhibitor.name)).toList();
    }

    /**
     * Whether the user staffs the exhibitor that owns the booth with this key ({@code <edition>/<slug>}); admins
     * are not staff by role alone.
     */
    public boolean isStaffOf(String username, String boothKey) {
        // One read (every chat subscription of a logged-in user asks): the booth's exhibitor has the user on its team
        return username != null && inEdition(boothKey, (edition, slug) -> Optional.of(Booth.count(
                "select count(b) from Booth b join b.exhibitor e join e.staff s"
                        + " where b.editionId = ?1 and b.slug = ?2 and s = ?3",
                edition.id(), slug, username.toLowerCase(Locale.ROOT)) > 0)).orElse(false);
    }

    /** The booth with this slug in the edition if the current user may edit it (staff or admin); else 401/403/404. */
    public BoothHandle editableBooth(EditionRef edition, String slug) {
        return handle(access.requireEditor(edition, slug), edition.slug());
    }

    /** The published booth with this slug in the edition; 404 otherwise. */
    public BoothHandle publishedBoothHandle(EditionRef edition, String slug) {
        return handle(published(edition, slug), edition.slug());
    }

    /** The booth with this id, whatever its status. */
    public Optional<BoothHandle> boothHandle(long id) {
        return Booth.<Booth>findByIdOptional(id).map(booth -> handle(booth, editions.byId(booth.editionId).slug()));
    }

    /** Whether the current user may edit the booth with this id: admins and staff of its exhibitor. */
    public boolean mayEdit(long boothId) {
        return Booth.<Booth>findByIdOptional(boothId).map(access::mayEdit).orElse(false);
    }

    /** Every booth of the edition whose exhibitor has staff, with that staff (usernames or e-mail addresses). */
    public List<BoothTeam> teams(long editionId) {
        return Booth.<Booth>list("editionId = ?1 order by id", editionId).stream()
                .filter(booth -> !booth.exhibitor.staff.isEmpty())
                .map(booth -> new BoothTeam(booth.id, booth.slug, booth.name, booth.exhibitor.staff.stream().sorted().toList()))
                .toList();
    }

    /** Ids of every booth, in all editions, whose exhibitor the current user staffs. */
    public List<Long> staffedBoothIds() {
        if (!caller.loggedIn()) {
            return List.of();
        }
        List<String> names = Stream.concat(Stream.of(caller.username()), caller.email().stream()).toList();
        return em.createQuery("select b.id from Booth b join b.exhibitor e join e.staff s where s in ?1", Long.class)
                .setParameter(1, names).getResultList();
    }

    private static BoothHandle handle(Booth booth, String edition) {
        return new BoothHandle(booth.id, booth.editionId, edition, booth.slug, booth.name, booth.exhibitor.name);
    }

    /** Ids of the edition's published booths (the hall the insights compare a booth with). */
    public List<Long> publishedBoothIds(long editionId) {
        return em.createQuery("select b.id from Booth b where b.editionId = ?1 and b.status = ?2", Long.class)
                .setParameter(1, editionId).setParameter(2, BoothStatus.PUBLISHED).getResultList();
    }

    /** Ids of the edition's booths with these slugs (unknown slugs are left out). */
    public List<Long> boothIds(long editionId, Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return List.of();
        }
        return Booth.<Booth>find("editionId = ?1 and slug in ?2", editionId, slugs).stream().map(booth -> booth.id).toList();
    }

    /** The card of a booth with its texts picked by {@code texts}. */
    static BoothCard card(Booth booth, String edition, Map<String, RegionView> regions, Map<String, TopicFieldView> topicFields,
            ContentLanguage.Texts texts) {
        Exhibitor exhibitor = booth.exhibitor;
        List<TopicFieldView> fields = new ArrayList<>();
        topicFields.forEach((code, view) -> {
            if (booth.topicFieldCodes.contains(code)) {
                fields.add(view);
            }
        });
        return new BoothCard(booth.slug, edition, texts.pick("name", booth.name, booth.nameEn),
                texts.pick("tagline", booth.tagline, booth.taglineEn),
                new ExhibitorRef(exhibitor.slug, exhibitor.name, exhibitor.type),
                exhibitor.regionCode == null ? null : regions.get(exhibitor.regionCode),
                fields, booth.eventDayId, booth.featured, booth.tileSize, logoUrl(booth.slug, booth.logoMaterialId),
                texts.langs());
    }

    private static ExhibitorView view(Exhibitor exhibitor, Map<String, RegionView> regions) {
        return new ExhibitorView(exhibitor.slug, exhibitor.name, exhibitor.type,
                exhibitor.regionCode == null ? null : regions.get(exhibitor.regionCode),
                exhibitor.website, exhibitor.staff.stream().sorted().toList());
    }

    private static <E extends Enum<E> & Coded> E code(Class<E> type, String code, String field) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Coded.byCode(type, code);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("unknownFilterValue", code, field);
        }
    }
}
