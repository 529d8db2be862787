package de.kommunalmesse.stage;

import de.kommunalmesse.common.MaterialKind;
import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.common.Uploads;
import de.kommunalmesse.common.Uploads.StoredFile;
import de.kommunalmesse.fair.EditionService;
import de.kommunalmesse.fair.EditionViews.EditionRef;
import de.kommunalmesse.fair.FairService;
import de.kommunalmesse.fair.FairViews.EventDayView;
import de.kommunalmesse.identity.Role;
import de.kommunalmesse.stage.ArchiveViews.ArchivedTalk;
import de.kommunalmesse.stage.ArchiveViews.DayArchive;
import de.kommunalmesse.stage.ArchiveViews.MaterialDownload;
import de.kommunalmesse.stage.ArchiveViews.TalkMaterialView;
import de.kommunalmesse.stage.InteractionViews.FaqEntry;
import de.kommunalmesse.stage.ProgrammeViews.TalkSummary;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * What stays after a talk: its slides (uploaded like booth materials), its recording address and its FAQ;
 * and the archive of an event day. Moderators and admins publish; everyone reads.
 */
@ApplicationScoped
@Transactional
public class TalkArchive {

    private static final Logger LOG = Logger.getLogger(TalkArchive.class);

    /** Slides are PDF, PowerPoint or OpenDocument presentations; images are no slides. */
    static final Set<MaterialKind> SLIDES = EnumSet.of(MaterialKind.DOCUMENT, MaterialKind.SLIDES);

    @Inject
    ProgrammeService programme;

    @Inject
    FairService fair;

    @Inject
    EditionService editions;

    @Inject
    Uploads uploads;

    @Inject
    SecurityIdentity identity;

    /**
     * Stores a file for a talk (moderators, admins). The type comes from the content: PDF, PPTX or ODP, at
     * most 25 MB; anything else is refused and nothing is stored.
     */
    public TalkMaterialView upload(long talkId, Path file, String fileName, String title) {
        return store(talkId, file, fileName, title, requireModerator());
    }

    /**
     * Stores slides of a talk for the demo fair at start-up, where nobody is logged in; the file is checked like
     * an upload.
     */
    public TalkMaterialView addDemoSlides(long talkId, Path file, String fileName, String title) {
        return store(talkId, file, fileName, title, "demo");
    }

    private TalkMaterialView store(long talkId, Path file, String fileName, String title, String uploadedBy) {
        programme.find(talkId);
        StoredFile stored = uploads.store(file, fileName, SLIDES, "slides");
        TalkMaterial material = new TalkMaterial();
        material.talkId = talkId;
        material.takeUpload(stored, fileName, title, uploadedBy);
        material.persist();
        return view(material);
    }

    /** The files of a talk in upload order. */
    public List<TalkMaterialView> materials(long talkId) {
        programme.find(talkId);
        return materialViews(talkId);
    }

    static List<TalkMaterialView> materialViews(long talkId) {
        return TalkMaterial.<TalkMaterial>list("talkId = ?1 order by createdAt, id", talkId).stream()
                .map(TalkArchive::view).toList();
    }

    /** A file of a talk, for anyone; counts the download. */
    public MaterialDownload download(long talkId, long materialId) {
        TalkMaterial material = material(talkId, materialId);
        material.downloadCount++;
        try {
            return new MaterialDownload(material.fileName, material.mediaType, material.sizeBytes,
                    uploads.open(material.storageKey));
        } catch (IOException e) {
            throw new UncheckedIOException("Talk material " + material.id + " is missing in the storage", e);
        }
    }

    /** Removes a file of a talk (moderators, admins). */
    public void delete(long talkId, long materialId) {
        requireModerator();
        TalkMaterial material = material(talkId, materialId);
        material.delete();
        try {
            uploads.delete(material.storageKey);
        } catch (IOException e) {
            // The row is gone, so nobody can reach the bytes; a leftover file is only wasted space
            LOG.warnf("Removing the bytes of talk material %d failed: %s", material.id, e.getMessage());
        }
    }

    /**
     * Sets or (null, empty) removes the recording address of a talk (moderators, admins); a new recording needs
     * captions or an admin's decision to go without (409 otherwise).
     */
    public String setRecording(long talkId, String url) {
        requireModerator();
        Talk talk = programme.find(talkId);
        String recording = url == null || url.isBlank() ? null : url.strip();
        TalkCaptionsService.requirePublishable(talk, recording);
        talk.recordingUrl = recording;
        talk.updatedAt = Instant.now();
        return talk.recordingUrl;
    }

    /**
     * The archive of an event day: its talks that have a recording, slides or FAQ entries, in start order,
     * optionally only those matching the words of {@code q} (as in {@code GET /api/talks?q=}).
     */
    public DayArchive archive(long eventDayId, String q) {
        EventDayView day = fair.eventDay(eventDayId)
                .orElseThrow(() -> ProblemException.notFound("notFound.eventDay", eventDayId));
        TalkQuery query = new TalkQuery();
        query.day = eventDayId;
        query.q = q;
        query.archived = true;
        return new DayArchive(day, entries(programme.talks(editions.byId(fair.editionOf(eventDayId)), query)));
    }

    /**
     * The archive of an edition, or of every edition the caller may see when {@code edition} is null: talks with
     * a recording, slides or FAQ entries matching the words of {@code q}, in start order.
     */
    public List<ArchivedTalk> search(EditionRef edition, String q) {
        TalkQuery query = new TalkQuery();
        query.q = q;
        query.archived = true;
        return entries(programme.talks(edition, query));
    }

    private List<ArchivedTalk> entries(List<TalkSummary> talks) {
        if (talks.isEmpty()) {
            return List.of();
        }
        List<Long> ids = talks.stream().map(TalkSummary::id).toList();
        Map<Long, String> recordings = new HashMap<>();
        Talk.<Talk>list("id in ?1", ids).forEach(talk -> recordings.put(talk.id, talk.recordingUrl));
        Map<Long, TalkCaptions> captions = TalkCaptionsService.captions(ids);
        Map<Long, List<TalkMaterialView>> materials = TalkMaterial.<TalkMaterial>list(
                "talkId in ?1 order by createdAt, id", ids).stream()
                .collect(Collectors.groupingBy(m -> m.talkId, Collectors.mapping(TalkArchive::view, Collectors.toList())));
        Map<Long, List<FaqEntry>> faq = Question.<Question>list(
                "talkId in ?1 and inFaq = true order by votes desc, createdAt", ids).stream()
                .collect(Collectors.groupingBy(question -> question.talkId,
                        Collectors.mapping(question -> new FaqEntry(question.id, question.text, question.answer),
                                Collectors.toList())));
        return talks.stream().map(talk -> {
            TalkCaptions entry = captions.get(talk.id());
            return new ArchivedTalk(talk, recordings.get(talk.id()),
                    TalkCaptionsService.vttUrl(talk.id(), entry), entry == null ? null : entry.transcript,
                    materials.getOrDefault(talk.id(), List.of()), faq.getOrDefault(talk.id(), List.of()));
        }).toList();
    }

    private TalkMaterial material(long talkId, long materialId) {
        return TalkMaterial.<TalkMaterial>find("id = ?1 and talkId = ?2", materialId, talkId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("notFound.talkMaterial", materialId));
    }

    private static TalkMaterialView view(TalkMaterial m) {
        return new TalkMaterialView(m.id, m.title, m.kind, m.mediaType, m.fileName, m.sizeBytes, m.sha256,
                m.downloadCount, "/api/talks/" + m.talkId + "/materials/" + m.id, m.createdAt);
    }

    /** The moderator's username; 401 for nobody, 403 for anyone else. */
    private String requireModerator() {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (!identity.hasRole(Role.ADMIN) && !identity.hasRole(Role.MODERATOR)) {
            throw ProblemException.forbidden("forbidden");
        }
        return identity.getPrincipal().getName().toLowerCase(Locale.ROOT);
    }
}
