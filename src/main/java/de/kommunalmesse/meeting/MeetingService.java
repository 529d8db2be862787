package de.kommunalmesse.meeting;

import de.kommunalmesse.booth.BoothService;
import de.kommunalmesse.booth.BoothViews.BoothHandle;
import de.kommunalmesse.common.Problem.FieldError;
import de.kommunalmesse.common.Messages;
import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.fair.EditionService;
import de.kommunalmesse.fair.EditionViews.EditionRef;
import de.kommunalmesse.identity.Caller;
import de.kommunalmesse.meeting.MeetingViews.BoothSlots;
import de.kommunalmesse.meeting.MeetingViews.Break;
import de.kommunalmesse.meeting.MeetingViews.Cancellation;
import de.kommunalmesse.meeting.MeetingViews.JoinView;
import de.kommunalmesse.meeting.MeetingViews.MeetingStart;
import de.kommunalmesse.meeting.MeetingViews.MeetingView;
import de.kommunalmesse.meeting.MeetingViews.NewAvailability;
import de.kommunalmesse.meeting.MeetingViews.NewMeeting;
import de.kommunalmesse.meeting.MeetingViews.NewProposal;
import de.kommunalmesse.meeting.MeetingViews.ProposalView;
import de.kommunalmesse.meeting.MeetingViews.SlotView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Meet the experts (docs/meetings.md): a booth's team publishes time windows cut into slots, a logged-in visitor
 * books a free slot, and either side cancels or proposes another slot that the other side confirms. Only the
 * two sides and admins see a meeting; the team of one booth never sees another booth's calendar. That a slot
 * holds one meeting at most is the database's rule (a unique key), so parallel bookings cannot both win.
 */
@ApplicationScoped
@Transactional
public class MeetingService {

    /** The zone the fair and its teams work in. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private static final Set<Integer> SLOT_LENGTHS = Set.of(15, 30, 45, 60);
    private static final int UPCOMING_LIMIT = 20;

    @Inject
    BoothService booths;

    @Inject
    EditionService editions;

    @Inject
    Caller caller;

    @Inject
    VideoRooms video;

    @Inject
    EntityManager em;

    @Inject
    Event<MeetingChanged> changed;

    @Inject
    Messages messages;

    /**
     * Publishes a time window of the booth: cuts it into slots, leaving out the breaks. Refused for times in the
     * past, a window or break that ends before it starts, a slot length other than 15/30/45/60 minutes, an unknown
     * zone, a window overlapping the same expert's published slots, and a missing room link when no video service
     * is configured.
     */
    public BoothSlots publish(EditionRef edition, String slug, NewAvailability request, Locale language) {
        BoothHandle booth = booths.editableBooth(edition, slug);
        requireOpen(edition);
        ZoneId zone = zone(request.zone(), language);
        if (!SLOT_LENGTHS.contains(request.slotMinutes())) {
            throw invalid(language, "slotMinutes", "meeting.slotMinutes");
        }
        String videoLink = blankToNull(request.videoLink());
        if (video.needsExpertLink() && videoLink == null) {
            throw invalid(language, "videoLink", "meeting.videoLinkRequired");
        }
        video.requireConfigured();
        Instant start = instant(request.date(), request.from(), zone);
        Instant end = instant(request.date(), request.to(), zone);
        if (!end.isAfter(start)) {
            throw invalid(language, "to", "meeting.windowEmpty");
        }
        if (!start.isAfter(Instant.now())) {
            throw ProblemException.badRequest("meeting.past");
        }
        if (request.date().isBefore(edition.startsOn())) {
            throw ProblemException.badRequest("meeting.beforeEdition", edition.startsOn());
        }
        List<Instant[]> breaks = new ArrayList<>();
        List<Break> requested = request.breaks() == null ? List.of() : request.breaks();
        for (int i = 0; i < requested.size(); i++) {
            Instant from = instant(request.date(), requested.get(i).from(), zone);
            Instant to = instant(request.date(), requested.get(i).to(), zone);
            if (!to.isAfter(from) || from.isBefore(start) || to.isAfter(end)) {
                throw invalid(language, "breaks[" + i + "]", "meeting.breakOutside");
            }
            breaks.add(new Instant[] {from, to});
        }
        List<Instant[]> slots = cut(start, end, Duration.ofMinutes(request.slotMinutes()), breaks);
        if (slots.isEmpty()) {
            throw ProblemException.badRequest("meeting.noSlots");
        }
        String expert = blankToNull(request.expert());
        String expertKey = expert == null ? "" : expert;
        long overlapping = MeetingSlot.count("boothId = ?1 and expertKey = ?2 and withdrawnAt is null"
                + " and startsAt < ?3 and endsAt > ?4", booth.id(), expertKey, end, start);
        if (overlapping > 0) {
            throw ProblemException.conflict("meeting.overlap");
        }
        Availability window = new Availability();
        window.boothId = booth.id();
        window.expertName = expert;
        window.organizerUsername = caller.username();
        window.organizerName = caller.displayName();
        window.organizerEmail = caller.email().orElse(null);
        window.organizerLanguage = language.getLanguage();
        window.startsAt = start;
        window.endsAt = end;
        window.slotMinutes = request.slotMinutes();
        window.videoLink = videoLink;
        window.createdAt = Instant.now();
        window.persist();
        for (Instant[] times : slots) {
            MeetingSlot slot = new MeetingSlot();
            slot.availability = window;
            slot.boothId = booth.id();
            slot.expertKey = expertKey;
            slot.startsAt = times[0];
            slot.endsAt = times[1];
            slot.persist();
        }
        return teamSlots(booth);
    }

    /** The free future slots of a published booth, for visitors. */
    public BoothSlots freeSlots(EditionRef edition, String slug) {
        BoothHandle booth = booths.publishedBoothHandle(edition, slug);
        List<SlotView> free = MeetingSlot.<MeetingSlot>list("boothId = ?1 and withdrawnAt is null and startsAt > ?2"
                + " and id not in (select m.activeSlotId from Meeting m where m.activeSlotId is not null) order by startsAt, id",
                booth.id(), Instant.now()).stream().map(slot -> slotView(slot, null)).toList();
        return new BoothSlots(booth.slug(), booth.edition(), booth.name(), ZONE.getId(), video.needsExpertLink(), free);
    }

    /** Every slot of the booth from today on with the meeting in it, for its team. */
    public BoothSlots teamSlots(EditionRef edition, String slug) {
        return teamSlots(booths.editableBooth(edition, slug));
    }

    /** Takes a free slot back; a booked one must be cancelled or moved first. */
    public BoothSlots withdraw(EditionRef edition, String slug, long slotId) {
        BoothHandle booth = booths.editableBooth(edition, slug);
        requireOpen(edition);
        MeetingSlot slot = MeetingSlot.<MeetingSlot>find("id = ?1 and boothId = ?2", slotId, booth.id()).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("notFound.slot", slotId));
        if (Meeting.count("activeSlotId", slot.id) > 0) {
            throw ProblemException.conflict("meeting.slotBooked");
        }
        if (slot.withdrawnAt == null) {
            slot.withdrawnAt = Instant.now();
        }
        return teamSlots(booth);
    }

    /**
     * Books a free slot for the logged-in visitor. Of two parallel bookings of one slot the database lets one
     * win; the other gets 409.
     */
    public MeetingView book(NewMeeting request, Locale language) {
        String username = caller.username();
        MeetingSlot slot = MeetingSlot.<MeetingSlot>findByIdOptional(request.slotId())
                .orElseThrow(() -> ProblemException.notFound("notFound.slot", request.slotId()));
        BoothHandle booth = bookableBooth(slot);
        requireBookable(slot);
        video.requireConfigured();
        Meeting meeting = new Meeting();
        meeting.uid = UUID.randomUUID() + "@kommunalmesse";
        meeting.boothId = booth.id();
        meeting.slot = slot;
        meeting.activeSlotId = slot.id;
        meeting.visitorUsername = username;
        meeting.visitorName = caller.displayName();
        meeting.visitorEmail = caller.email().orElse(null);
        meeting.visitorLanguage = language.getLanguage();
        meeting.topic = request.topic().strip();
        meeting.questions = blankToNull(request.questions());
        meeting.status = MeetingStatus.BOOKED;
        meeting.sequence = 0;
        meeting.createdAt = Instant.now();
        meeting.updatedAt = meeting.createdAt;
        takeSlot(meeting::persist);
        meeting.videoUrl = video.roomAddress(meeting.uid, meeting.id, slot.availability.videoLink);
        fire(MeetingChanged.Change.BOOKED, meeting, booth, MeetingSide.VISITOR, null, slot);
        return view(meeting, booth, MeetingSide.VISITOR);
    }

    /** The logged-in visitor's meetings in every edition, soonest first. */
    public List<MeetingView> mine() {
        String username = caller.username();
        List<Meeting> meetings = Meeting.list("select m from Meeting m join fetch m.slot s where m.visitorUsername = ?1"
                + " order by s.startsAt, m.id", username);
        Map<Long, BoothHandle> handles = new HashMap<>();
        return meetings.stream().map(m -> view(m, handles.computeIfAbsent(m.boothId, this::handle), MeetingSide.VISITOR))
                .toList();
    }

    /** The booth's meetings in a period (its team only), soonest first; from today on when no start is given. */
    public List<MeetingView> boothCalendar(EditionRef edition, String slug, LocalDate from, LocalDate to) {
        BoothHandle booth = booths.editableBooth(edition, slug);
        Instant start = (from == null ? LocalDate.now(ZONE) : from).atStartOfDay(ZONE).toInstant();
        // without a last day: everything from the first one on (no sentinel instant, which DATETIME cannot hold)
        Instant end = (to == null ? LocalDate.of(9000, 1, 1) : to.plusDays(1)).atStartOfDay(ZONE).toInstant();
        return Meeting.<Meeting>list("select m from Meeting m join fetch m.slot s where m.boothId = ?1 and s.startsAt >= ?2"
                + " and s.startsAt < ?3 order by s.startsAt, m.id", booth.id(), start, end).stream()
                .map(m -> view(m, booth, MeetingSide.BOOTH)).toList();
    }

    /** The next booked meetings of every booth the caller staffs, for the staff console. */
    public List<MeetingView> upcomingForTeam() {
        List<Long> boothIds = booths.staffedBoothIds();
        if (boothIds.isEmpty()) {
            return List.of();
        }
        Map<Long, BoothHandle> handles = new HashMap<>();
        return Meeting.<Meeting>find("select m from Meeting m join fetch m.slot s where m.boothId in ?1 and m.status = ?2"
                + " and s.endsAt > ?3 order by s.startsAt, m.id", boothIds, MeetingStatus.BOOKED, Instant.now())
                .page(0, UPCOMING_LIMIT).list().stream()
                .map(m -> view(m, handles.computeIfAbsent(m.boothId, this::handle), MeetingSide.BOOTH)).toList();
    }

    /** One meeting, for its two sides and admins. */
    public MeetingView meeting(long id) {
        Meeting meeting = load(id);
        MeetingSide side = sideOf(meeting);
        return view(meeting, handle(meeting.boothId), side);
    }

    /** Cancels the meeting (either side); the slot is free again and both sides get the cancellation. */
    public MeetingView cancel(long id, Cancellation cancellation) {
        Meeting meeting = load(id);
        MeetingSide side = sideOf(meeting);
        requireBooked(meeting);
        meeting.status = MeetingStatus.CANCELLED;
        meeting.activeSlotId = null;
        meeting.cancelledBy = side;
        meeting.cancelReason = cancellation == null ? null : blankToNull(cancellation.reason());
        clearProposal(meeting);
        meeting.sequence++;
        meeting.updatedAt = Instant.now();
        BoothHandle booth = handle(meeting.boothId);
        fire(MeetingChanged.Change.CANCELLED, meeting, booth, side, meeting.cancelReason, meeting.slot);
        return view(meeting, booth, side);
    }

    /** Proposes another free slot of the same booth, with a reason; the other side confirms or declines. */
    public MeetingView propose(long id, NewProposal proposal) {
        Meeting meeting = load(id);
        MeetingSide side = sideOf(meeting);
        requireBooked(meeting);
        MeetingSlot slot = MeetingSlot.<MeetingSlot>find("id = ?1 and boothId = ?2", proposal.slotId(), meeting.boothId)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("notFound.slot", proposal.slotId()));
        if (slot.id.equals(meeting.activeSlotId)) {
            throw ProblemException.badRequest("meeting.sameSlot");
        }
        requireBookable(slot);
        meeting.proposedSlot = slot;
        meeting.proposedBy = side;
        meeting.proposalReason = proposal.reason().strip();
        meeting.updatedAt = Instant.now();
        BoothHandle booth = handle(meeting.boothId);
        fire(MeetingChanged.Change.PROPOSED, meeting, booth, side, meeting.proposalReason, slot);
        return view(meeting, booth, side);
    }

    /** The other side takes the proposed time: the meeting moves there and the invitation is updated. */
    public MeetingView confirmProposal(long id) {
        Meeting meeting = load(id);
        MeetingSide side = sideOf(meeting);
        MeetingSlot slot = answerableProposal(meeting, side);
        requireBookable(slot);
        String reason = meeting.proposalReason;
        meeting.slot = slot;
        meeting.activeSlotId = slot.id;
        clearProposal(meeting);
        meeting.sequence++;
        meeting.updatedAt = Instant.now();
        takeSlot(() -> em.flush());
        BoothHandle booth = handle(meeting.boothId);
        fire(MeetingChanged.Change.MOVED, meeting, booth, side, reason, slot);
        return view(meeting, booth, side);
    }

    /** The other side keeps the booked time. */
    public MeetingView declineProposal(long id) {
        Meeting meeting = load(id);
        MeetingSide side = sideOf(meeting);
        answerableProposal(meeting, side);
        clearProposal(meeting);
        meeting.updatedAt = Instant.now();
        BoothHandle booth = handle(meeting.boothId);
        fire(MeetingChanged.Change.DECLINED, meeting, booth, side, null, meeting.slot);
        return view(meeting, booth, side);
    }

    /** The address the caller joins the meeting's room by; the booth's team runs the room. */
    public JoinView join(long id) {
        Meeting meeting = load(id);
        MeetingSide side = sideOf(meeting);
        requireBooked(meeting);
        return new JoinView(video.joinAddress(meeting, caller.displayName(), caller.email().orElse(null),
                side == MeetingSide.BOOTH));
    }

    private BoothSlots teamSlots(BoothHandle booth) {
        Instant today = LocalDate.now(ZONE).atStartOfDay(ZONE).toInstant();
        Map<Long, Long> meetingsBySlot = new HashMap<>();
        Meeting.<Meeting>list("boothId = ?1 and activeSlotId is not null", booth.id())
                .forEach(m -> meetingsBySlot.put(m.activeSlotId, m.id));
        List<SlotView> slots = MeetingSlot.<MeetingSlot>list("boothId = ?1 and withdrawnAt is null and startsAt >= ?2"
                + " order by startsAt, id", booth.id(), today).stream()
                .map(slot -> slotView(slot, meetingsBySlot.get(slot.id))).toList();
        return new BoothSlots(booth.slug(), booth.edition(), booth.name(), ZONE.getId(), video.needsExpertLink(), slots);
    }

    private static SlotView slotView(MeetingSlot slot, Long meetingId) {
        return new SlotView(slot.id, slot.startsAt, slot.endsAt, slot.expertKey.isEmpty() ? null : slot.expertKey,
                meetingId == null, meetingId);
    }

    private BoothHandle bookableBooth(MeetingSlot slot) {
        BoothHandle booth = handle(slot.boothId);
        EditionRef edition = editions.byId(booth.editionId());
        requireOpen(edition);
        return booths.publishedBoothHandle(edition, booth.slug());
    }

    private static void requireBookable(MeetingSlot slot) {
        if (slot.withdrawnAt != null) {
            throw ProblemException.conflict("meeting.slotWithdrawn");
        }
        if (!slot.startsAt.isAfter(Instant.now())) {
            throw ProblemException.conflict("meeting.slotPast");
        }
        if (Meeting.count("activeSlotId", slot.id) > 0) {
            throw ProblemException.conflict("meeting.slotTaken");
        }
    }

    /** Runs the write that claims a slot; the unique key on active_slot_id turns a lost race into 409. */
    private static void takeSlot(Runnable write) {
        try {
            write.run();
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                throw ProblemException.conflict("meeting.slotTaken");
            }
            throw e;
        }
    }

    private MeetingSlot answerableProposal(Meeting meeting, MeetingSide side) {
        requireBooked(meeting);
        if (meeting.proposedSlot == null) {
            throw ProblemException.conflict("meeting.noProposal");
        }
        if (meeting.proposedBy == side) {
            throw ProblemException.forbidden("meeting.ownProposal");
        }
        return meeting.proposedSlot;
    }

    private static void clearProposal(Meeting meeting) {
        meeting.proposedSlot = null;
        meeting.proposedBy = null;
        meeting.proposalReason = null;
    }

    private static void requireBooked(Meeting meeting) {
        if (meeting.status != MeetingStatus.BOOKED) {
            throw ProblemException.conflict("meeting.cancelled");
        }
    }

    private void requireOpen(EditionRef edition) {
        if (edition.archived() && !caller.isAdmin()) {
            throw ProblemException.forbidden("forbidden.editionArchived", edition.slug());
        }
    }

    private static Meeting load(long id) {
        return Meeting.<Meeting>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("notFound.meeting", id));
    }

    /**
     * Which side the caller is on: the visitor who booked it, or the booth's team (admins act for the team). Anyone
     * else learns nothing, not even that the meeting exists.
     */
    private MeetingSide sideOf(Meeting meeting) {
        if (meeting.visitorUsername.equals(caller.username())) {
            return MeetingSide.VISITOR;
        }
        if (booths.mayEdit(meeting.boothId)) {
            return MeetingSide.BOOTH;
        }
        throw ProblemException.notFound("notFound.meeting", meeting.id);
    }

    /** The booked meetings that start after {@code from} and no later than {@code to}, for reminders. */
    public List<MeetingStart> startingBetween(Instant from, Instant to) {
        return Meeting.<Meeting>list("select m from Meeting m join fetch m.slot s join fetch s.availability"
                + " where m.status = ?1 and s.startsAt > ?2 and s.startsAt <= ?3", MeetingStatus.BOOKED, from, to).stream()
                .map(m -> new MeetingStart(m.id, m.topic, booths.boothHandle(m.boothId).map(BoothHandle::name).orElse(""),
                        m.slot.startsAt, m.visitorUsername, m.slot.availability.organizerUsername))
                .toList();
    }

    private BoothHandle handle(long boothId) {
        return booths.boothHandle(boothId).orElseThrow(() -> ProblemException.notFound("notFound.meeting", boothId));
    }

    private void fire(MeetingChanged.Change change, Meeting meeting, BoothHandle booth, MeetingSide actor, String reason,
            MeetingSlot times) {
        Availability window = meeting.slot.availability;
        changed.fire(new MeetingChanged(change, meeting.id, meeting.uid, meeting.sequence, actor, times.startsAt,
                times.endsAt, booth.name(), window.expertName, meeting.topic, meeting.videoUrl, reason,
                new MeetingChanged.Person(meeting.visitorUsername, meeting.visitorName, meeting.visitorEmail,
                        meeting.visitorLanguage),
                new MeetingChanged.Person(window.organizerUsername, window.organizerName, window.organizerEmail,
                        window.organizerLanguage)));
    }

    private static MeetingView view(Meeting m, BoothHandle booth, MeetingSide side) {
        ProposalView proposal = m.proposedSlot == null ? null
                : new ProposalView(m.proposedSlot.id, m.proposedSlot.startsAt, m.proposedSlot.endsAt, m.proposedBy,
                        m.proposalReason);
        return new MeetingView(m.id, m.uid, booth.slug(), booth.edition(), booth.name(), m.slot.startsAt, m.slot.endsAt,
                m.slot.expertKey.isEmpty() ? null : m.slot.expertKey, m.topic, m.questions, m.status, m.sequence,
                m.status == MeetingStatus.BOOKED ? m.videoUrl : null, m.visitorName,
                side == MeetingSide.BOOTH ? m.visitorEmail : null, side, proposal, m.cancelledBy, m.cancelReason,
                m.createdAt);
    }

    /** Slots of the given length from start to end, each starting where the previous one or a break ended. */
    static List<Instant[]> cut(Instant start, Instant end, Duration length, List<Instant[]> breaks) {
        List<Instant[]> slots = new ArrayList<>();
        Instant cursor = start;
        while (!cursor.plus(length).isAfter(end)) {
            Instant slotEnd = cursor.plus(length);
            Instant resume = null;
            for (Instant[] pause : breaks) {
                if (pause[0].isBefore(slotEnd) && pause[1].isAfter(cursor)) {
                    resume = resume == null || pause[1].isAfter(resume) ? pause[1] : resume;
                }
            }
            if (resume != null) {
                cursor = resume;
                continue;
            }
            slots.add(new Instant[] {cursor, slotEnd});
            cursor = slotEnd;
        }
        return slots;
    }

    private static Instant instant(LocalDate date, String time, ZoneId zone) {
        return date.atTime(LocalTime.parse(time)).atZone(zone).toInstant();
    }

    private ZoneId zone(String zone, Locale language) {
        if (zone == null || zone.isBlank()) {
            return ZONE;
        }
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw invalid(language, "zone", "meeting.zone");
        }
    }

    private ProblemException invalid(Locale language, String field, String key) {
        return new ProblemException(400, key, List.of(new FieldError(field, messages.get(language, key))));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The booth a meeting belongs to (for counters that observe {@link MeetingChanged}), if the meeting exists. */
    public Optional<Long> boothOf(long meetingId) {
        return Meeting.<Meeting>findByIdOptional(meetingId).map(meeting -> meeting.boothId);
    }
}
