package de.kommunalmesse.fair;

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
import io.quarkus.security.UnauthorizedException;
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
import java.util.concurrent.ConcurrentHashMap;

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

    /** The editions as last read, for answers from memory while the database is away. */
    private final Map<String, EditionRef> lastKnown = new ConcurrentHashMap<>();
    private volatile EditionRef lastCurrent;

    /**
     * The edition a request names by its slug, or the current edition when it names none (blank). Editions in
     * preparation exist only for admins and exhibitors; for everyone else, like an unknown slug, 404.
     */
    public EditionRef resolve(String slug) {
        if (slug == null || slug.isBlank()) {
            return current();
        }
        Optional<Edition> found;
        try {
            found = Edition.<Edition>find("slug", slug).firstResultOptional();
        } catch (RuntimeException e) {
            return lastKnown(e, lastKnown.get(slug));
        }
        Edition edition = found.filter(this::visible)
                .orElseThrow(() -> ProblemException.notFound("notFound.edition", slug));
        return remember(ref(settle(edition)));
    }

    /** The current edition of the newest series; 404 while no fair is set up. */
    public EditionRef current() {
        Optional<Edition> found;
        try {
            found = currentEdition();
        } catch (RuntimeException e) {
            return lastKnown(e, lastCurrent);
        }
        EditionRef current = found.map(edition -> remember(ref(settle(edition))))
                .orElseThrow(() -> ProblemException.notFound("notFound.fair"));
        lastCurrent = current;
        return current;
    }

    /**
     * While the database is away, the editions as last read still scope the answers that come from memory (the
     * hall, issue 21); anything else is rethrown.
     */
    private static EditionRef lastKnown(RuntimeException failure, EditionRef known) {
        if (known != null && DatabaseOutage.isCause(failure)) {
            return known;
        }
        throw failure;
    }

    private EditionRef remember(EditionRef edition) {
        if (edition.state() != EditionState.PREPARATION) {
            lastKnown.put(edition.slug(), edition);
        }
        return edition;
    }

    /** The current edition, if a fair is set up. */
    public Optional<EditionRef> currentIfAny() {
        return currentEdition().map(edition -> ref(settle(edition)));
    }

    /** The edition with this slug whoever asks (for the features' own checks, e.g. the chat). */
    public Optional<EditionRef> bySlug(String slug) {
        return Edition.<Edition>find("slug", slug).firstResultOptional().map(edition -> ref(settle(edition)));
    }

    /** The edition with this id. */
    public EditionRef byId(long id) {
        return Edition.<Edition>findByIdOptional(id).map(edition -> ref(settle(edition)))
                .orElseThrow(() -> ProblemException.notFound("notFound.edition", id));
    }

    /** The editions the caller may see, newest first. */
    public List<EditionRef> visibleEditions() {
        return Edition.<Edition>find("order by startsOn desc, id desc").stream()
                .filter(this::visible).map(edition -> ref(settle(edition))).toList();
    }

    /** Every edition by id, whoever asks (for lists that name the edition of each entry). */
    public Map<Long, EditionRef> allById() {
        Map<Long, EditionRef> byId = new HashMap<>();
        Edition.<Edition>listAll().forEach(edition -> byId.put(edition.id, ref(settle(edition))));
        return byId;
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
            throw ProblemException.conflict("conflict.editionSlug", draft.slug());
        }
        checkDates(series.id, null, draft.startsOn(), draft.endsOn());
        Edition from = draft.copyFrom() == null ? null : require(draft.copyFrom());
        if (draft.current() && series.currentEdition != null) {
            throw ProblemException.conflict("conflict.secondCurrent", series.currentEdition.slug);
        }
        List<NewEditionDay> days = draft.eventDays() == null ? List.of() : draft.eventDays();
        Set<LocalDate> dates = new HashSet<>();
        for (NewEditionDay day : days) {
            if (day.date().isBefore(draft.startsOn()) || day.date().isAfter(draft.endsOn())) {
                throw ProblemException.badRequest("editionDayOutside", day.date());
            }
            if (!dates.add(day.date())) {
                throw ProblemException.badRequest("editionDayTwice", day.date());
            }
            if (!fair.regions().containsKey(day.hostRegion())) {
                throw ProblemException.badRequest("unknownRegion", day.hostRegion());
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
        for (NewEditionDay day : days) {
            fair.createEventDay(edition.id, new NewEventDay(day.date(), day.hostRegion(), day.title().strip(),
                    day.description()));
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
            throw ProblemException.conflict("conflict.editionDaysOutside", slug);
        }
        edition.title = update.title().strip();
        edition.startsOn = update.startsOn();
        edition.endsOn = update.endsOn();
        edition.archiveAfterDays = update.archiveAfterDays();
        return detail(settle(edition));
    }

    /** Makes this edition the one the plain addresses lead to; a prepared edition opens with it. */
    public EditionDetail makeCurrent(String slug) {
        Edition edition = require(slug);
        if (edition.state == EditionState.PREPARATION) {
            edition.state = EditionState.OPEN;
        }
        edition.series.currentEdition = edition;
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
        return detail(edition);
    }

    private void checkDates(long seriesId, Long editionId, LocalDate startsOn, LocalDate endsOn) {
        if (endsOn.isBefore(startsOn)) {
            throw ProblemException.badRequest("editionDates");
        }
        Edition.<Edition>find("series.id = ?1 and startsOn <= ?2 and endsOn >= ?3", seriesId, endsOn, startsOn)
                .stream().filter(other -> !other.id.equals(editionId)).findFirst()
                .ifPresent(other -> {
                    throw ProblemException.conflict("conflict.editionOverlap", other.slug);
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

    private boolean visible(Edition edition) {
        if (edition.state != EditionState.PREPARATION) {
            return true;
        }
        return caller.loggedIn() && (caller.isAdmin() || caller.hasRole(Role.EXHIBITOR));
    }

    /** Stores the switch to the archive once an open edition is past its last day plus the delay. */
    private Edition settle(Edition edition) {
        if (edition.state == EditionState.OPEN && edition.archivedAt == null) {
            int days = edition.archiveAfterDays != null ? edition.archiveAfterDays : config.archiveAfterDays();
            LocalDate today = LocalDate.now(clock.withZone(FAIR_ZONE));
            if (today.isAfter(edition.endsOn.plusDays(days))) {
                edition.state = EditionState.ARCHIVE;
                edition.archivedAt = Instant.now(clock);
            }
        }
        return edition;
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
        if (!caller.loggedIn()) {
            throw new UnauthorizedException();
        }
        if (!caller.isAdmin()) {
            throw ProblemException.forbidden("forbidden");
        }
    }
}
