package de.kommunalmesse.fair;

import de.kommunalmesse.common.AdminCheck;
import de.kommunalmesse.common.CacheVersions;
import de.kommunalmesse.common.DatabaseOutage;
import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.fair.EditionViews.EditionDetail;
import de.kommunalmesse.fair.EditionViews.EditionRef;
import de.kommunalmesse.fair.EditionViews.EditionUpdate;
import de.kommunalmesse.fair.EditionViews.NewEdition;
import de.kommunalmesse.fair.EditionViews.NewEditionDay;
import de.kommunalmesse.fair.FairViews.NewEventDay;
import de.kommunalmesse.identity.Caller;
import de.kommunalmesse.identity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The editions of the series: which one a request is about, which one is current, and their life cycle
 * (preparation → open → archive). An open edition becomes an archive on its own after its last day: the
 * first request that looks at it afterwards stores the change, so no timer has to run on one instance.
 */
@ApplicationScoped
@Transactional
public class EditionService {

    /** Event days and their dates are in the fair's time zone. */
    static final ZoneId FAIR_ZONE = ZoneId.of("Europe/Berlin");

    /** The version of the editions ({@link CacheVersions}): bumped by every change of an edition or series. */
    static final String VERSION_KEY = "editions.version";

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    EditionConfig config;

    @Inject
    FairService fair;

    @Inject
    Event<EditionCopy> copies;

    @Inject
    CacheVersions versions;

    /**
     * The editions as last read, with the version they were read at: every request that asks about editions
     * checks the version (together with the hall's, {@link CacheVersions}) instead of reading the editions again,
     * and while the database is away the editions as last read still scope the answers that come from memory.
     */
    private volatile Known known;

    /**
     * The edition a request names by its slug, or the current edition when it names none (blank). Editions in
     * preparation exist only for admins and exhibitors; for everyone else, like an unknown slug, 404.
     */
    public EditionRef resolve(String slug) {
        if (slug == null || slug.isBlank()) {
            return current();
        }
        return Optional.ofNullable(known().bySlug().get(slug)).filter(this::visible)
                .orElseThrow(() -> ProblemException.notFound("notFound.edition", slug));
    }

    /** The current edition of the newest series; 404 while no fair is set up. */
    public EditionRef current() {
        return currentIfAny().orElseThrow(() -> ProblemException.notFound("notFound.fair"));
    }

    /** The current edition, if a fair is set up. */
    public Optional<EditionRef> currentIfAny() {
        Known editions = known();
        return Optional.ofNullable(editions.currentId()).map(editions.byId()::get);
    }

    /** The edition with this slug whoever asks (for the features' own checks, e.g. the chat). */
    public Optional<EditionRef> bySlug(String slug) {
        return Optional.ofNullable(known().bySlug().get(slug));
    }

    /** The edition with this id. */
    public EditionRef byId(long id) {
        return Optional.ofNullable(known().byId().get(id))
                .orElseThrow(() -> ProblemException.notFound("notFound.edition", id));
    }

    /** The editions the caller may see, newest first. */
    public List<EditionRef> visibleEditions() {
        return known().newestFirst().stream().filter(this::visible).toList();
    }

    /** Every edition by id, whoever asks (for lists that name the edition of each entry). */
    public Map<Long, EditionRef> allById() {
        return known().byId();
    }

    /**
     * The editions as of the current version: read again after any change on any instance, and stored as an
     * archive first where an open edition is past its last day.
     */
    private Known known() {
        String version;
        try {
            version = versions.of(VERSION_KEY);
        } catch (RuntimeException e) {
            Known last = known;
            if (last != null && DatabaseOutage.isCause(e)) {
                return last;
            }
            throw e;
        }
        Known editions = known;
        if (editions == null || !editions.version().equals(version)) {
            editions = load(version);
        }
        LocalDate today = LocalDate.now(clock.withZone(FAIR_ZONE));
        List<Long> due = editions.archiveOn().entrySet().stream().filter(entry -> !today.isBefore(entry.getValue()))
                .map(Map.Entry::getKey).toList();
        if (!due.isEmpty()) {
            due.forEach(id -> settle(Edition.<Edition>findById(id)));
            editions = load(versions.of(VERSION_KEY));
        }
        known = editions;
        return editions;
    }

    private Known load(String version) {
        Optional<Long> current = currentEdition().map(edition -> edition.id);
        List<Edition> all = Edition.<Edition>find("select e from Edition e join fetch e.series s"
                + " left join fetch s.currentEdition order by e.startsOn desc, e.id desc").list();
        List<EditionRef> newestFirst = all.stream().map(this::ref).toList();
        Map<Long, EditionRef> byId = new HashMap<>();
        Map<String, EditionRef> bySlug = new HashMap<>();
        newestFirst.forEach(edition -> {
            byId.put(edition.id(), edition);
            bySlug.put(edition.slug(), edition);
        });
        Map<Long, LocalDate> archiveOn = new HashMap<>();
        all.stream().filter(EditionService::archivesItself)
                .forEach(edition -> archiveOn.put(edition.id, archiveOn(edition)));
        return new Known(version, newestFirst, Map.copyOf(byId), Map.copyOf(bySlug), current.orElse(null),
                Map.copyOf(archiveOn));
    }

    /**
     * The editions as one version of them: newest first, by id and by slug, the current edition's id (null while
     * no fair is set up), and the day on which each open edition becomes an archive on its own.
     */
    private record Known(String version, List<EditionRef> newestFirst, Map<Long, EditionRef> byId,
            Map<String, EditionRef> bySlug, Long currentId, Map<Long, LocalDate> archiveOn) {
    }

    /** Every edition with its frame, newest first (admins). */
    public List<EditionDetail> details() {
        return Edition.<Edition>find("order by startsOn desc, id desc").stream()
                .map(edition -> detail(settle(edition))).toList();
    }

    /** One edition with its frame and counts (admins). */
    public EditionDetail detail(String slug) {
        return detail(settle(require(slug)));
    }

    /**
     * Creates an edition of the current series, in preparation unless it is the first; copies the stages and
     * settings of {@code copyFrom}. 409 for a taken slug, overlapping dates or a second current edition.
     */
    public EditionDetail create(NewEdition draft) {
        FairSeries series = FairSeries.<FairSeries>find("order by createdAt desc, id desc").firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("notFound.fair"));
        if (Edition.count("slug", draft.slug()) > 0) {
            throw ProblemException.conflict("conflict.editionSlug", draft.slug()).at("slug");
        }
        checkDates(series.id, null, draft.startsOn(), draft.endsOn());
        Edition from = draft.copyFrom() == null ? null : require(draft.copyFrom());
        if (draft.current() && series.currentEdition != null) {
            throw ProblemException.conflict("conflict.secondCurrent", series.currentEdition.slug).at("current");
        }
        List<NewEditionDay> days = draft.eventDays() == null ? List.of() : draft.eventDays();
        Set<LocalDate> dates = new HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            NewEditionDay day = days.get(i);
            if (day.date().isBefore(draft.startsOn()) || day.date().isAfter(draft.endsOn())) {
                throw ProblemException.badRequest("editionDayOutside", day.date()).at("eventDays[" + i + "].date");
            }
            if (!dates.add(day.date())) {
                throw ProblemException.badRequest("editionDayTwice", day.date()).at("eventDays[" + i + "].date");
            }
            if (!fair.regions().containsKey(day.hostRegion())) {
                throw ProblemException.badRequest("unknownRegion", day.hostRegion()).at("eventDays[" + i + "].hostRegion");
            }
        }
        Edition edition = new Edition();
        edition.series = series;
        edition.slug = draft.slug();
        edition.title = draft.title().strip();
        edition.startsOn = draft.startsOn();
        edition.endsOn = draft.endsOn();
        edition.archiveAfterDays = draft.archiveAfterDays() != null ? draft.archiveAfterDays()
                : from != null ? from.archiveAfterDays : null;
        edition.state = series.currentEdition == null || draft.current() ? EditionState.OPEN : EditionState.PREPARATION;
        edition.createdAt = Instant.now(clock);
        edition.persist();
        if (series.currentEdition == null || draft.current()) {
            series.currentEdition = edition;
        }
        // Before the event days and the copies: what they look up sees the new edition
        versions.bump(VERSION_KEY);
        for (NewEditionDay day : days) {
            fair.createEventDay(edition.id, new NewEventDay(day.date(), day.hostRegion(), day.title().strip(),
                    day.description(), day.titleEn(), day.descriptionEn()));
        }
        if (from != null) {
            copies.fire(new EditionCopy(from.id, edition.id));
        }
        return detail(edition);
    }

    /** Changes title, dates and archive delay; the event days must stay within the dates. */
    public EditionDetail update(String slug, EditionUpdate update) {
        Edition edition = require(slug);
        checkDates(edition.series.id, edition.id, update.startsOn(), update.endsOn());
        long outside = EventDay.count("edition.id = ?1 and (date < ?2 or date > ?3)", edition.id, update.startsOn(),
                update.endsOn());
        if (outside > 0) {
            throw ProblemException.conflict("conflict.editionDaysOutside", slug).at("startsOn");
        }
        edition.title = update.title().strip();
        edition.startsOn = update.startsOn();
        edition.endsOn = update.endsOn();
        edition.archiveAfterDays = update.archiveAfterDays();
        versions.bump(VERSION_KEY);
        return detail(settle(edition));
    }

    /** Makes this edition the one the plain addresses lead to; a prepared edition opens with it. */
    public EditionDetail makeCurrent(String slug) {
        Edition edition = require(slug);
        if (edition.state == EditionState.PREPARATION) {
            edition.state = EditionState.OPEN;
        }
        edition.series.currentEdition = edition;
        versions.bump(VERSION_KEY);
        return detail(edition);
    }

    /**
     * Opens, archives or re-opens an edition. A prepared edition cannot be archived before it was open, and
     * the current edition cannot go back into preparation.
     */
    public EditionDetail changeState(String slug, EditionState state) {
        Edition edition = require(slug);
        boolean current = edition.series.currentEdition != null && edition.series.currentEdition.id.equals(edition.id);
        if (state == EditionState.PREPARATION && (current || edition.state != EditionState.PREPARATION)) {
            throw ProblemException.conflict("conflict.editionBackToPreparation", slug);
        }
        if (state == EditionState.ARCHIVE && edition.state == EditionState.PREPARATION) {
            throw ProblemException.conflict("conflict.editionArchiveUnopened", slug);
        }
        if (state == EditionState.ARCHIVE && edition.state != EditionState.ARCHIVE) {
            edition.archivedAt = Instant.now(clock);
        }
        // An archive opened again by hand keeps its archivedAt, so it stays open until an admin archives it again
        edition.state = state;
        versions.bump(VERSION_KEY);
        return detail(edition);
    }

    private void checkDates(long seriesId, Long editionId, LocalDate startsOn, LocalDate endsOn) {
        if (endsOn.isBefore(startsOn)) {
            throw ProblemException.badRequest("editionDates").at("endsOn");
        }
        Edition.<Edition>find("series.id = ?1 and startsOn <= ?2 and endsOn >= ?3", seriesId, endsOn, startsOn)
                .stream().filter(other -> !other.id.equals(editionId)).findFirst()
                .ifPresent(other -> {
                    throw ProblemException.conflict("conflict.editionOverlap", other.slug).at("startsOn");
                });
    }

    private Edition require(String slug) {
        return Edition.<Edition>find("slug", slug).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("notFound.edition", slug));
    }

    private Optional<Edition> currentEdition() {
        return FairSeries.<FairSeries>find("order by createdAt desc, id desc").firstResultOptional()
                .map(series -> series.currentEdition);
    }

    private boolean visible(EditionRef edition) {
        if (edition.state() != EditionState.PREPARATION) {
            return true;
        }
        return caller.loggedIn() && (caller.isAdmin() || caller.hasRole(Role.EXHIBITOR));
    }

    /** Stores the switch to the archive once an open edition is past its last day plus the delay. */
    private Edition settle(Edition edition) {
        if (archivesItself(edition) && !LocalDate.now(clock.withZone(FAIR_ZONE)).isBefore(archiveOn(edition))) {
            edition.state = EditionState.ARCHIVE;
            edition.archivedAt = Instant.now(clock);
            versions.bump(VERSION_KEY);
        }
        return edition;
    }

    /** Whether an edition is open and was never archived (one re-opened by hand stays open). */
    private static boolean archivesItself(Edition edition) {
        return edition.state == EditionState.OPEN && edition.archivedAt == null;
    }

    /** The day on which an open edition becomes an archive: its last day plus the delay, plus one. */
    private LocalDate archiveOn(Edition edition) {
        int days = edition.archiveAfterDays != null ? edition.archiveAfterDays : config.archiveAfterDays();
        return edition.endsOn.plusDays(days + 1L);
    }

    private EditionRef ref(Edition edition) {
        FairSeries series = edition.series;
        boolean current = series.currentEdition != null && series.currentEdition.id.equals(edition.id);
        return new EditionRef(edition.id, edition.slug, edition.title, edition.startsOn, edition.endsOn,
                edition.state, current);
    }

    private EditionDetail detail(Edition edition) {
        EditionRef ref = ref(edition);
        return new EditionDetail(ref.slug(), ref.title(), ref.startsOn(), ref.endsOn(), ref.state(), ref.current(),
                edition.archiveAfterDays, fair.eventDaysOf(edition.id));
    }

    /** 401 for anonymous callers, 403 for everyone but admins. */
    public void requireAdmin() {
        AdminCheck.require(caller);
    }
}
