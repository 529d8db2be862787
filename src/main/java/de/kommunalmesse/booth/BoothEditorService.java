package de.kommunalmesse.booth;

import de.kommunalmesse.fair.EditionService;
import de.kommunalmesse.fair.EditionViews.EditionRef;
import de.kommunalmesse.common.MaterialKind;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kommunalmesse.booth.BoothViews.ExhibitorRef;
import de.kommunalmesse.booth.EditorViews.AuditView;
import de.kommunalmesse.booth.EditorViews.Decision;
import de.kommunalmesse.booth.EditorViews.DraftUpdate;
import de.kommunalmesse.booth.EditorViews.DraftView;
import de.kommunalmesse.booth.EditorViews.EditorBooth;
import de.kommunalmesse.booth.EditorViews.NewBoothRequest;
import de.kommunalmesse.booth.EditorViews.Placement;
import de.kommunalmesse.booth.EditorViews.PublicCodeImport;
import de.kommunalmesse.booth.EditorViews.ReviewQueueEntry;
import de.kommunalmesse.booth.EditorViews.ReviewView;
import de.kommunalmesse.booth.HallViews.StatsDay;
import de.kommunalmesse.booth.HallViews.StatsView;
import de.kommunalmesse.common.Messages;
import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.fair.FairService;
import de.kommunalmesse.identity.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The curation workflow. Exhibitors edit a working copy of their booth and submit it; admins approve
 * (the copy becomes the public booth) or reject it with a reason. The public page keeps the approved
 * content meanwhile. Every change checks the version it was based on: a stale one gets 409, never a
 * silent overwrite.
 */
@ApplicationScoped
@Transactional
public class BoothEditorService {

    /** Version of a working copy that does not exist yet. */
    static final long NO_DRAFT = -1;

    @Inject
    BoothAccess access;

    @Inject
    Caller caller;

    @Inject
    FairService fair;

    @Inject
    MaterialService materials;

    @Inject
    BoothVideos videos;

    @Inject
    BoothVideoUploads videoUploads;

    @Inject
    BoothSearchIndex search;

    @Inject
    BoothAudit audit;

    @Inject
    BoothStats stats;

    @Inject
    ObjectMapper json;

    @Inject
    HallIndex hallIndex;

    @Inject
    EditionService editions;

    @Inject
    Participation participation;

    @Inject
    Validator validator;

    @Inject
    Messages messages;

    @Inject
    Event<BoothNotice> notices;

    /**
     * The booths the user may edit (admins: all), with where each stands in the workflow, its hall
     * placement and whether the user may edit now (archive mode).
     */
    public List<EditorBooth> myBooths() {
        List<Booth> booths = caller.isAdmin()
                ? Booth.list("select b from Booth b join fetch b.exhibitor order by b.name")
                : Booth.list("select b from Booth b join fetch b.exhibitor e where ?1 member of e.staff"
                        + " or ?2 member of e.staff order by b.name", caller.username(), caller.email().orElse(caller.username()));
        List<Long> ids = booths.stream().map(b -> b.id).toList();
        Map<Long, BoothDraft> drafts = ids.isEmpty() ? Map.of()
                : BoothDraft.<BoothDraft>list("boothId in ?1", ids).stream()
                        .collect(Collectors.toMap(d -> d.boothId, Function.identity()));
        boolean editingOpen = access.editingOpen();
        Map<Long, EditionRef> byId = editions.allById();
        return booths.stream().map(b -> editorBooth(b, byId.get(b.editionId), drafts.get(b.id), editingOpen)).toList();
    }

    /** The exhibitors the user staffs (admins: all), by name: those they may create booths for. */
    public List<ExhibitorRef> myExhibitors() {
        List<Exhibitor> exhibitors = caller.isAdmin()
                ? Exhibitor.list("order by name")
                : Exhibitor.list("select e from Exhibitor e where ?1 member of e.staff or ?2 member of e.staff order by e.name",
                        caller.username(), caller.email().orElse(caller.username()));
        return exhibitors.stream().map(e -> new ExhibitorRef(e.slug, e.name, e.type)).toList();
    }

    /**
     * A new, empty booth in an edition of an exhibitor the user staffs (or any, for admins); the exhibitor must
     * take part in the edition.
     */
    public DraftView createBooth(EditionRef edition, String exhibitorSlug, NewBoothRequest request) {
        Exhibitor exhibitor = Exhibitor.<Exhibitor>find("slug", exhibitorSlug).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("notFound.exhibitor", exhibitorSlug));
        if (!access.isAdmin() && !access.staffs(exhibitor)) {
            throw ProblemException.forbidden("forbidden.notStaff", exhibitorSlug);
        }
        if (!access.isAdmin() && !access.leads(exhibitor)) {
            throw ProblemException.forbidden("forbidden.notLead", exhibitor.name);
        }
        access.requireEditingOpen(edition);
        participation.require(edition, exhibitor);
        if (Booth.count("editionId = ?1 and slug = ?2", edition.id(), request.slug()) > 0) {
            throw ProblemException.conflict("conflict.boothSlug", request.slug());
        }
        Booth booth = new Booth();
        booth.editionId = edition.id();
        booth.slug = request.slug();
        booth.exhibitor = exhibitor;
        booth.name = request.name().strip();
        booth.status = BoothStatus.DRAFT;
        booth.tileSize = "medium";
        booth.createdAt = Instant.now();
        booth.updatedAt = booth.createdAt;
        booth.persist();
        audit.log(booth.id, "booth.create", booth.name);
        return draftView(booth, null);
    }

    /**
     * "Stand übernehmen": copies a booth with its content, services (keeping their identity) and materials into
     * another edition the exhibitor takes part in, as a working copy that is submitted for review like any change.
     * 409 when the booth is there already or the exhibitor does not take part.
     */
    public DraftView carryOver(EditionRef from, String slug, EditionRef target) {
        Booth source = access.requireContentEditor(from, slug);
        if (target.id() == from.id()) {
            throw ProblemException.conflict("conflict.carryOverSameEdition", slug, target.slug());
        }
        access.requireEditingOpen(target);
        participation.require(target, source.exhibitor);
        if (Booth.count("editionId = ?1 and slug = ?2", target.id(), slug) > 0) {
            throw ProblemException.conflict("conflict.carriedOver", slug, target.slug());
        }
        BoothDraft sourceDraft = BoothDraft.findById(source.id);
        BoothContent content = sourceDraft != null ? read(sourceDraft.content) : BoothContentMapper.toContent(source);
        Booth booth = new Booth();
        booth.editionId = target.id();
        booth.slug = source.slug;
        booth.exhibitor = source.exhibitor;
        booth.carriedFromBoothId = source.id;
        booth.status = BoothStatus.DRAFT;
        booth.tileSize = source.tileSize;
        booth.name = content.name();
        booth.createdAt = Instant.now();
        booth.updatedAt = booth.createdAt;
        booth.persist();
        Map<Long, Long> copied = materials.copyAll(source, booth);
        Map<Long, Long> copiedCaptions = videos.copyAll(source, booth);
        Map<Long, Long> copiedVideos = videoUploads.copyAll(source, booth);
        BoothContent carried = BoothContentMapper.carried(content, copied, copiedCaptions, copiedVideos, source.services);
        BoothContentMapper.apply(carried, booth);
        BoothDraft draft = new BoothDraft();
        draft.boothId = booth.id;
        draft.content = write(carried);
        draft.state = DraftState.EDITING;
        draft.updatedBy = caller.username();
        draft.updatedAt = booth.createdAt;
        draft.persist();
        audit.log(booth.id, "booth.carryOver", from.slug());
        return draftView(booth, draft);
    }

    /** The working copy, or the approved content when there is none yet. */
    public DraftView draft(EditionRef edition, String slug) {
        Booth booth = access.requireEditor(edition, slug);
        return draftView(booth, BoothDraft.findById(booth.id));
    }

    /** Saves the working copy; 409 when it changed since {@code update.version()}. */
    public DraftView save(EditionRef edition, String slug, DraftUpdate update) {
        Booth booth = access.requireContentEditor(edition, slug);
        access.requireEditingOpen(edition);
        BoothDraft draft = BoothDraft.findById(booth.id);
        checkVersion(draft, update.version());
        validateReferences(booth, update.content());
        if (draft == null) {
            draft = new BoothDraft();
            draft.boothId = booth.id;
        }
        // Saving a submitted draft takes it back from the review queue
        boolean withdrawn = draft.state == DraftState.SUBMITTED;
        draft.content = write(update.content());
        draft.state = DraftState.EDITING;
        draft.reason = null;
        draft.submittedAt = null;
        draft.updatedBy = caller.username();
        draft.updatedAt = Instant.now();
        draft.persistAndFlush();
        if (withdrawn) {
            audit.log(booth.id, "draft.withdraw", null);
        }
        audit.log(booth.id, "draft.save", null);
        return draftView(booth, draft);
    }

    /**
     * Adds the service described by a publiccode.yml to the booth's working copy (not published until reviewed);
     * 400 with every problem by line and key, nothing saved. Returns the working copy and the keys not taken over.
     */
    public PublicCodeImport importPublicCode(EditionRef edition, String slug, String yaml, Locale locale) {
        access.requireContentEditor(edition, slug);
        access.requireEditingOpen(edition);
        PublicCode.Imported imported = PublicCode.read(yaml, (key, args) -> messages.get(locale, key, args));
        DraftView current = draft(edition, slug);
        List<BoothContent.Service> services = new ArrayList<>(current.content().services());
        services.add(imported.service());
        BoothContent content = current.content().withServices(services);
        Set<ConstraintViolation<BoothContent>> violations = validator.validate(content);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        DraftView saved = save(edition, slug, new DraftUpdate(current.version(), content));
        return new PublicCodeImport(saved, imported.service().name(), imported.unmapped());
    }

    /** Hands the working copy to the admins for review. */
    public DraftView submit(EditionRef edition, String slug, long version) {
        Booth booth = access.requireContentEditor(edition, slug);
        access.requireEditingOpen(edition);
        BoothDraft draft = BoothDraft.findById(booth.id);
        if (draft == null) {
            throw ProblemException.conflict("conflict.nothingToSubmit", slug);
        }
        checkVersion(draft, version);
        if (draft.state == DraftState.SUBMITTED) {
            throw ProblemException.conflict("conflict.alreadySubmitted", slug);
        }
        draft.state = DraftState.SUBMITTED;
        draft.reason = null;
        draft.submittedAt = Instant.now();
        draft.updatedBy = caller.username();
        draft.updatedAt = draft.submittedAt;
        draft.persistAndFlush();
        audit.log(booth.id, "draft.submit", null);
        notices.fire(new BoothNotice.ChangeSubmitted(edition.slug(), booth.slug, read(draft.content).name()));
        return draftView(booth, draft);
    }

    /** Submitted working copies, oldest first. */
    public List<ReviewQueueEntry> reviewQueue() {
        access.requireAdmin();
        List<BoothDraft> drafts = BoothDraft.list("state = ?1 order by submittedAt", DraftState.SUBMITTED);
        Map<Long, Booth> booths = drafts.isEmpty() ? Map.of()
                : Booth.<Booth>list("select b from Booth b join fetch b.exhibitor where b.id in ?1",
                        drafts.stream().map(d -> d.boothId).toList())
                        .stream().collect(Collectors.toMap(b -> b.id, Function.identity()));
        Map<Long, EditionRef> byId = editions.allById();
        return drafts.stream().map(d -> {
            Booth b = booths.get(d.boothId);
            BoothContent proposed = read(d.content);
            return new ReviewQueueEntry(b.slug, byId.get(b.editionId).slug(), proposed.name(), ref(b), b.status == BoothStatus.PUBLISHED,
                    d.updatedBy, d.submittedAt);
        }).toList();
    }

    /** A submitted change next to the approved content, for the side-by-side comparison. */
    public ReviewView review(EditionRef edition, String slug) {
        access.requireAdmin();
        Booth booth = access.requireEditor(edition, slug);
        BoothDraft draft = BoothDraft.findById(booth.id);
        if (draft == null) {
            throw ProblemException.notFound("notFound.review", slug);
        }
        return new ReviewView(booth.slug, edition.slug(), ref(booth), workflowState(booth, draft), draft.version, draft.updatedBy,
                draft.submittedAt, booth.status == BoothStatus.PUBLISHED ? BoothContentMapper.toContent(booth) : null,
                read(draft.content), materials.uploaded(booth));
    }

    /** Publishes the submitted working copy: it becomes the public booth. */
    public EditorBooth approve(EditionRef edition, String slug, Decision decision) {
        access.requireAdmin();
        Booth booth = access.requireEditor(edition, slug);
        BoothDraft draft = submitted(booth, decision.version());
        BoothContent content = read(draft.content);
        validateReferences(booth, content);
        String submitter = draft.updatedBy;
        BoothContentMapper.apply(content, booth);
        booth.status = BoothStatus.PUBLISHED;
        Instant now = Instant.now();
        if (booth.publishedAt == null) {
            booth.publishedAt = now;
        }
        booth.updatedAt = now;
        draft.delete();
        booth.persistAndFlush();
        search.index(booth);
        hallIndex.changed();
        audit.log(booth.id, "review.approve", decision.reason());
        notices.fire(new BoothNotice.ChangeReviewed(edition.slug(), booth.slug, booth.name, submitter, true,
                decision.reason()));
        return editorBooth(booth, edition, null, true);
    }

    /** Sends the working copy back to the exhibitor with the admin's reason. */
    public EditorBooth reject(EditionRef edition, String slug, Decision decision) {
        access.requireAdmin();
        Booth booth = access.requireEditor(edition, slug);
        if (decision.reason() == null || decision.reason().isBlank()) {
            throw ProblemException.badRequest("reasonRequired");
        }
        BoothDraft draft = submitted(booth, decision.version());
        draft.state = DraftState.REJECTED;
        draft.reason = decision.reason().strip();
        draft.updatedAt = Instant.now();
        draft.persistAndFlush();
        audit.log(booth.id, "review.reject", draft.reason);
        notices.fire(new BoothNotice.ChangeReviewed(edition.slug(), booth.slug, read(draft.content).name(), draft.updatedBy,
                false, draft.reason));
        return editorBooth(booth, edition, draft, true);
    }

    /** Where a booth stands in the hall: order, tile size, featured. Admins only. */
    public EditorBooth place(EditionRef edition, String slug, Placement placement) {
        access.requireAdmin();
        Booth booth = access.requireEditor(edition, slug);
        booth.hallOrder = placement.hallOrder();
        booth.tileSize = placement.tileSize();
        booth.featured = placement.featured();
        booth.updatedAt = Instant.now();
        hallIndex.changed();
        audit.log(booth.id, "booth.placement", "order " + placement.hallOrder() + ", " + placement.tileSize()
                + (placement.featured() ? ", featured" : ""));
        return editorBooth(booth, edition, BoothDraft.findById(booth.id), true);
    }

    public List<AuditView> auditLog(EditionRef edition, String slug) {
        Booth booth = access.requireEditor(edition, slug);
        return audit.entries(booth.id);
    }

    /** Views, downloads and contact requests per day. */
    public StatsView stats(EditionRef edition, String slug) {
        Booth booth = access.requireEditor(edition, slug);
        List<StatsDay> days = stats.days(booth.id);
        return new StatsView(slug, days.stream().mapToInt(StatsDay::views).sum(),
                days.stream().mapToInt(StatsDay::downloads).sum(),
                days.stream().mapToInt(StatsDay::contactRequests).sum(), days);
    }

    private BoothDraft submitted(Booth booth, long version) {
        BoothDraft draft = BoothDraft.findById(booth.id);
        if (draft == null || draft.state != DraftState.SUBMITTED) {
            throw ProblemException.conflict("conflict.notSubmitted", booth.slug);
        }
        checkVersion(draft, version);
        return draft;
    }

    private static void checkVersion(BoothDraft draft, long expected) {
        long actual = draft == null ? NO_DRAFT : draft.version;
        if (actual != expected) {
            throw ProblemException.conflict("conflict.stale", expected, actual);
        }
    }

    /** Codes and ids in the content must exist and belong to this booth. */
    private void validateReferences(Booth booth, BoothContent content) {
        Set<String> topics = fair.topicFields().keySet();
        content.topicFields().stream().filter(code -> !topics.contains(code)).findFirst()
                .ifPresent(code -> {
                    throw ProblemException.badRequest("unknownTopicField", code);
                });
        content.services().stream().map(BoothContent.Service::topicField)
                .filter(code -> code != null && !code.isBlank() && !topics.contains(code)).findFirst()
                .ifPresent(code -> {
                    throw ProblemException.badRequest("unknownTopicField", code);
                });
        if (content.eventDayId() != null && fair.eventDay(content.eventDayId()).isEmpty()) {
            throw ProblemException.badRequest("unknownEventDay", content.eventDayId());
        }
        Map<Long, Material> own = Material.<Material>list("boothId", booth.id).stream()
                .collect(Collectors.toMap(m -> m.id, Function.identity()));
        Set<Long> seen = new HashSet<>();
        for (BoothContent.MaterialEntry entry : content.materials()) {
            if (!own.containsKey(entry.id()) || !seen.add(entry.id())) {
                throw ProblemException.badRequest("unknownMaterial", entry.id());
            }
        }
        for (Long imageId : new Long[] { content.logoId(), content.bannerId() }) {
            if (imageId != null && (!own.containsKey(imageId) || own.get(imageId).kind != MaterialKind.IMAGE)) {
                throw ProblemException.badRequest("notAnImage", imageId);
            }
        }
        if (content.logoId() != null && (content.logoAlt() == null || content.logoAlt().isBlank())) {
            throw ProblemException.badRequest("image.altMissing").at("content.logoAlt");
        }
        if (content.bannerId() != null && (content.bannerAlt() == null || content.bannerAlt().isBlank())) {
            throw ProblemException.badRequest("image.altMissing").at("content.bannerAlt");
        }
        videos.check(booth.id, content.video());
    }

    private DraftView draftView(Booth booth, BoothDraft draft) {
        BoothContent content = draft != null ? read(draft.content) : BoothContentMapper.toContent(booth);
        return new DraftView(booth.slug, editions.byId(booth.editionId).slug(), ref(booth), booth.status == BoothStatus.PUBLISHED, workflowState(booth, draft),
                draft == null ? null : draft.reason, draft == null ? NO_DRAFT : draft.version, content,
                materials.uploaded(booth), access.editingOpen(), access.isAdmin() || access.leads(booth.exhibitor),
                videos.uploaded(booth), videoUploads.uploaded(booth));
    }

    private EditorBooth editorBooth(Booth booth, EditionRef edition, BoothDraft draft, boolean editingOpen) {
        return new EditorBooth(booth.slug, edition.slug(), edition.archived(), booth.name, ref(booth), booth.status == BoothStatus.PUBLISHED,
                workflowState(booth, draft), draft == null ? null : draft.reason,
                draft == null || draft.updatedAt.isBefore(booth.updatedAt) ? booth.updatedAt : draft.updatedAt,
                new Placement(booth.hallOrder, booth.tileSize, booth.featured),
                editingOpen && (!edition.archived() || access.isAdmin()), access.isAdmin() || access.leads(booth.exhibitor));
    }

    static String workflowState(Booth booth, BoothDraft draft) {
        if (draft != null) {
            return draft.state.code();
        }
        return booth.status == BoothStatus.PUBLISHED ? "published" : "draft";
    }

    private static ExhibitorRef ref(Booth booth) {
        return new ExhibitorRef(booth.exhibitor.slug, booth.exhibitor.name, booth.exhibitor.type);
    }

    private String write(BoothContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Booth content cannot be written as JSON", e);
        }
    }

    private BoothContent read(String content) {
        try {
            return json.readValue(content, BoothContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored booth content cannot be read", e);
        }
    }
}
