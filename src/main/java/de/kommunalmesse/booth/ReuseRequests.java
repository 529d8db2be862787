package de.kommunalmesse.booth;

import de.kommunalmesse.booth.BoothViews.BoothRef;
import de.kommunalmesse.booth.ReuseViews.Adoption;
import de.kommunalmesse.booth.ReuseViews.NewReuseRequest;
import de.kommunalmesse.booth.ReuseViews.ReuseBoard;
import de.kommunalmesse.booth.ReuseViews.ReuseEvent;
import de.kommunalmesse.booth.ReuseViews.ReuseHandling;
import de.kommunalmesse.booth.ReuseViews.ReuseRequestView;
import de.kommunalmesse.common.ConsentPurpose;
import de.kommunalmesse.common.Consents;
import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.fair.EditionService;
import de.kommunalmesse.fair.EditionViews.EditionRef;
import de.kommunalmesse.identity.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reuse requests (docs/reuse.md): a logged-in visitor asks to reuse a service with its organisation's facts;
 * the booth's staff work the request on the board through the allowed statuses, every change logged; the
 * visitor confirms a reuse, which lists their organisation as an adopter, or withdraws the request, which
 * removes their personal data. Only the visitor, the booth's staff and admins see a request.
 */
@ApplicationScoped
@Transactional
public class ReuseRequests {

    private static final ZoneId FAIR_ZONE = ZoneId.of("Europe/Berlin");

    @Inject
    BoothAccess access;

    @Inject
    BoothService booths;

    @Inject
    EditionService editions;

    @Inject
    Caller caller;

    @Inject
    Consents consents;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<BoothActivity> activity;

    /** Stores a request for a service of a published booth; the requester's name and e-mail come from the token. */
    public ReuseRequestView create(EditionRef edition, String slug, String serviceKey, NewReuseRequest request) {
        Booth booth = booths.published(edition, slug);
        ReuseOffer offer = booth.services.stream().filter(o -> o.serviceKey.equals(serviceKey)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("notFound.service", serviceKey));
        if (edition.archived()) {
            throw ProblemException.forbidden("forbidden.editionArchived", edition.slug());
        }
        String username = caller.username();
        ReuseRequest entry = newRequest(booth, offer);
        entry.requester = username;
        entry.requesterName = caller.displayName();
        entry.requesterEmail = caller.email().orElseThrow(() -> ProblemException.badRequest("contactRequest.noEmail"));
        entry.organisation = request.organisation().strip();
        entry.organisationType = request.organisationType();
        entry.ags = blankToNull(request.ags());
        entry.inhabitants = request.inhabitants();
        entry.timeFrame = blankToNull(request.timeFrame());
        entry.questions = blankToNull(request.questions());
        open(entry);
        consents.record(username, ConsentPurpose.REUSE_REQUEST, String.valueOf(entry.id));
        em.flush();
        activity.fire(new BoothActivity(booth.id, BoothActivity.Kind.REUSE_REQUEST));
        return view(entry, booth, false);
    }

    /** The calling visitor's own requests, newest first ("Meine Nachnutzungen"). */
    public List<ReuseRequestView> mine() {
        String username = caller.username();
        List<ReuseRequest> requests = ReuseRequest.list("requester = ?1 order by createdAt desc, id desc", username);
        Map<Long, Booth> byId = boothsOf(requests);
        return requests.stream().map(r -> view(r, byId.get(r.boothId), false)).toList();
    }

    /** The board of a booth: its requests, newest first, for the booth's staff and admins. */
    public ReuseBoard board(EditionRef edition, String slug) {
        Booth booth = access.requireEditor(edition, slug);
        List<ReuseRequestView> requests = ReuseRequest.<ReuseRequest>list("boothId = ?1 order by createdAt desc, id desc",
                booth.id).stream().map(r -> view(r, booth, true)).toList();
        return new ReuseBoard(ref(booth), List.copyOf(booth.exhibitor.staff), requests);
    }

    /** One request: in full for the booth's staff and admins, without the staff's work for the requester. */
    public ReuseRequestView get(long id) {
        ReuseRequest entry = find(id);
        Booth booth = Booth.findById(entry.boothId);
        if (access.mayEdit(booth)) {
            return view(entry, booth, true);
        }
        requireRequester(entry);
        return view(entry, booth, false);
    }

    /**
     * The staff's work on a request: a move the board allows, notes, next date and assignee, each change
     * logged. 409 when the request changed since the given version or the move is not allowed.
     */
    public ReuseRequestView handle(long id, ReuseHandling handling) {
        ReuseRequest entry = find(id);
        Booth booth = Booth.findById(entry.boothId);
        if (!access.mayEdit(booth)) {
            throw ProblemException.forbidden("forbidden.notStaff", booth.slug);
        }
        if (handling.version() != entry.version) {
            throw ProblemException.conflict("conflict.reuseStale", handling.version(), entry.version);
        }
        if (entry.status == ReuseStatus.ZURUECKGEZOGEN) {
            throw ProblemException.conflict("conflict.reuseWithdrawn", id);
        }
        String assignee = blankToNull(handling.assignee());
        if (assignee != null) {
            assignee = assignee.toLowerCase(Locale.ROOT);
            if (!booth.exhibitor.staff.contains(assignee)) {
                throw ProblemException.badRequest("reuseAssignee", assignee, booth.exhibitor.name);
            }
        }
        if (handling.status() != entry.status) {
            if (!entry.status.next().contains(handling.status())) {
                throw ProblemException.conflict("conflict.reuseTransition", entry.status.code(), handling.status().code());
            }
            String reason = handling.status() == ReuseStatus.ABGEBROCHEN ? handling.reason().strip() : null;
            log(entry, caller.displayName(), "status", entry.status, handling.status(), reason);
            entry.status = handling.status();
            entry.reason = reason;
        }
        String notes = blankToNull(handling.notes());
        if (!Objects.equals(notes, entry.notes)) {
            log(entry, caller.displayName(), "notes", null, null, null);
            entry.notes = notes;
        }
        if (!Objects.equals(handling.nextDate(), entry.nextDate)) {
            log(entry, caller.displayName(), "next-date", null, null, Objects.toString(handling.nextDate(), null));
            entry.nextDate = handling.nextDate();
        }
        if (!Objects.equals(assignee, entry.assignee)) {
            log(entry, caller.displayName(), "assignee", null, null, assignee);
            entry.assignee = assignee;
        }
        entry.updatedAt = clock.instant();
        em.flush();
        return view(entry, booth, true);
    }

    /** The requester confirms the reuse: their organisation is listed as an adopter with this year. */
    public ReuseRequestView confirm(long id) {
        ReuseRequest entry = find(id);
        requireRequester(entry);
        if (entry.status != ReuseStatus.NACHGENUTZT) {
            throw ProblemException.conflict("conflict.reuseNotAdopted", id);
        }
        if (entry.confirmedAt == null) {
            entry.confirmedAt = clock.instant();
            entry.adoptionYear = entry.confirmedAt.atZone(FAIR_ZONE).getYear();
            entry.updatedAt = entry.confirmedAt;
            log(entry, null, "confirmed", null, null, String.valueOf(entry.adoptionYear));
            em.flush();
        }
        return view(entry, Booth.findById(entry.boothId), false);
    }

    /**
     * The requester withdraws the request: it leaves the board's open work and loses the requester's name,
     * e-mail, questions and the staff's notes; a confirmed adoption is no longer listed.
     */
    public void withdraw(long id) {
        ReuseRequest entry = find(id);
        String username = requireRequester(entry);
        if (entry.status == ReuseStatus.ZURUECKGEZOGEN) {
            throw ProblemException.conflict("conflict.reuseWithdrawn", id);
        }
        removePersonalData(entry);
        consents.of(username).stream()
                .filter(c -> c.purpose() == ConsentPurpose.REUSE_REQUEST && String.valueOf(id).equals(c.subject())
                        && c.withdrawnAt() == null)
                .forEach(c -> consents.withdraw(username, c.id()));
    }

    /** Withdraws the request without asking who: the requester's withdrawal, or their withdrawn consent. */
    void removePersonalData(ReuseRequest entry) {
        ReuseStatus before = entry.status;
        entry.status = ReuseStatus.ZURUECKGEZOGEN;
        entry.requester = null;
        entry.requesterName = null;
        entry.requesterEmail = null;
        entry.questions = null;
        entry.timeFrame = null;
        entry.notes = null;
        entry.reason = null;
        entry.consentAt = null;
        entry.confirmedAt = null;
        entry.adoptionYear = null;
        entry.updatedAt = clock.instant();
        // Details may quote the person (a reason, an assignee's note); the moves themselves stay
        em.createQuery("update ReuseRequestEvent set detail = null where requestId = ?1").setParameter(1, entry.id)
                .executeUpdate();
        log(entry, null, "withdrawn", before, ReuseStatus.ZURUECKGEZOGEN, null);
    }

    private static ReuseRequest newRequest(Booth booth, ReuseOffer offer) {
        ReuseRequest entry = new ReuseRequest();
        entry.boothId = booth.id;
        entry.serviceKey = offer.serviceKey;
        entry.serviceName = offer.name;
        return entry;
    }

    /** Stores the new request as an expression of interest, consented now, and logs its creation. */
    private void open(ReuseRequest entry) {
        entry.status = ReuseStatus.INTERESSE;
        entry.consentAt = clock.instant();
        entry.createdAt = entry.consentAt;
        entry.updatedAt = entry.consentAt;
        entry.persist();
        log(entry, null, "created", null, ReuseStatus.INTERESSE, null);
    }

    /** Loads a request in the given state (demo data); its moves are logged as if the team had made them. */
    public long seed(EditionRef edition, String slug, String serviceName, ReuseViews.ReuseSeed seed) {
        Booth booth = booths.published(edition, slug);
        ReuseOffer offer = booth.services.stream().filter(o -> o.name.equals(serviceName)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("notFound.service", serviceName));
        ReuseRequest entry = newRequest(booth, offer);
        entry.requester = seed.requester();
        entry.requesterName = seed.requesterName();
        entry.requesterEmail = seed.requesterEmail();
        entry.organisation = seed.organisation();
        entry.organisationType = seed.organisationType();
        entry.ags = seed.ags();
        entry.inhabitants = seed.inhabitants();
        entry.timeFrame = seed.timeFrame();
        entry.questions = seed.questions();
        open(entry);
        List<ReuseStatus> path = seed.status() == ReuseStatus.ABGEBROCHEN
                ? List.of(ReuseStatus.IM_GESPRAECH, ReuseStatus.ABGEBROCHEN)
                : List.of(ReuseStatus.IM_GESPRAECH, ReuseStatus.VEREINBARUNG, ReuseStatus.IN_EINFUEHRUNG,
                        ReuseStatus.NACHGENUTZT).subList(0, Math.max(0, seed.status().ordinal()));
        for (ReuseStatus next : path) {
            log(entry, seed.actor(), "status", entry.status, next, next == ReuseStatus.ABGEBROCHEN ? seed.reason() : null);
            entry.status = next;
        }
        entry.reason = seed.status() == ReuseStatus.ABGEBROCHEN ? seed.reason() : null;
        entry.notes = seed.notes();
        entry.nextDate = seed.nextDate();
        entry.assignee = seed.assignee();
        if (seed.adoptionYear() != null && entry.status == ReuseStatus.NACHGENUTZT) {
            entry.confirmedAt = clock.instant();
            entry.adoptionYear = seed.adoptionYear();
            log(entry, null, "confirmed", null, null, String.valueOf(seed.adoptionYear()));
        }
        return entry.id;
    }

    /** Confirmed adopters of these services (by service key), newest year first. */
    public Map<String, List<Adoption>> adoptions(Collection<String> serviceKeys) {
        Map<String, List<Adoption>> result = new LinkedHashMap<>();
        if (serviceKeys.isEmpty()) {
            return result;
        }
        List<ReuseRequest> confirmed = ReuseRequest.list("serviceKey in ?1 and status = ?2 and confirmedAt is not null"
                + " order by adoptionYear desc, organisation", serviceKeys, ReuseStatus.NACHGENUTZT);
        for (ReuseRequest r : confirmed) {
            List<Adoption> list = result.computeIfAbsent(r.serviceKey, k -> new ArrayList<>());
            Adoption adoption = new Adoption(r.organisation, r.adoptionYear);
            if (!list.contains(adoption)) {
                list.add(adoption);
            }
        }
        return result;
    }

    private ReuseRequest find(long id) {
        caller.requireLogin();
        return ReuseRequest.<ReuseRequest>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("notFound.reuseRequest", id));
    }

    private String requireRequester(ReuseRequest entry) {
        String username = caller.username();
        if (!username.equals(entry.requester)) {
            throw ProblemException.forbidden("forbidden.reuseRequest", entry.id);
        }
        return username;
    }

    private void log(ReuseRequest entry, String actor, String kind, ReuseStatus from, ReuseStatus to, String detail) {
        ReuseRequestEvent event = new ReuseRequestEvent();
        event.requestId = entry.id;
        event.at = clock.instant();
        event.actor = actor;
        event.kind = kind;
        event.fromStatus = from;
        event.toStatus = to;
        event.detail = detail;
        event.persist();
    }

    private Map<Long, Booth> boothsOf(List<ReuseRequest> requests) {
        List<Long> ids = requests.stream().map(r -> r.boothId).distinct().toList();
        Map<Long, Booth> byId = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            Booth.<Booth>list("select b from Booth b join fetch b.exhibitor where b.id in ?1", ids)
                    .forEach(b -> byId.put(b.id, b));
        }
        return byId;
    }

    private BoothRef ref(Booth booth) {
        return new BoothRef(booth.slug, editions.byId(booth.editionId).slug(), booth.name, booth.exhibitor.slug,
                booth.exhibitor.name);
    }

    private ReuseRequestView view(ReuseRequest r, Booth booth, boolean staff) {
        List<ReuseEvent> history = staff ? ReuseRequestEvent.<ReuseRequestEvent>list("requestId = ?1 order by at, id", r.id)
                .stream().map(e -> new ReuseEvent(e.at, e.actor, e.kind, e.fromStatus, e.toStatus, e.detail)).toList()
                : null;
        return new ReuseRequestView(r.id, ref(booth), r.serviceKey, r.serviceName, r.requesterName, r.requesterEmail,
                r.organisation, r.organisationType, r.ags, r.inhabitants, r.timeFrame, r.questions, r.status,
                staff ? List.copyOf(r.status.next()) : List.of(), r.reason, staff ? r.notes : null, r.nextDate,
                staff ? r.assignee : null, r.confirmedAt, r.adoptionYear, r.createdAt, r.updatedAt, r.version, history);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
