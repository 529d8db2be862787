package de.kommunalmesse.stage;

import de.kommunalmesse.booth.BoothService;
import de.kommunalmesse.common.AdminCheck;
import de.kommunalmesse.common.Messages;
import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.common.WebVtt;
import de.kommunalmesse.identity.Caller;
import de.kommunalmesse.identity.Role;
import de.kommunalmesse.stage.CaptionsViews.CaptionsPreview;
import de.kommunalmesse.stage.CaptionsViews.CaptionsView;
import de.kommunalmesse.stage.CaptionsViews.CueView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Captions everywhere: the WebVTT captions and transcript of a talk, uploaded and corrected by admins, moderators and
 * the staff of the booths the talk presents; and the rule that a recording goes online only with captions or an
 * admin's recorded decision (docs/accessibility.md, captions policy).
 */
@ApplicationScoped
@Transactional
public class TalkCaptionsService {

    private static final Logger LOG = Logger.getLogger(TalkCaptionsService.class);

    @Inject
    ProgrammeService programme;

    @Inject
    BoothService booths;

    @Inject
    Caller caller;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    /** The captions state of a talk, with what the caller may do about it. */
    public CaptionsView captions(long talkId) {
        Talk talk = programme.find(talkId);
        return view(talk, TalkCaptions.<TalkCaptions>findByIdOptional(talkId).orElse(null));
    }

    /** The WebVTT file of a talk; 404 when it has none. */
    public String vtt(long talkId) {
        return TalkCaptions.<TalkCaptions>findByIdOptional(talkId).map(c -> c.vtt).filter(Objects::nonNull)
                .orElseThrow(() -> ProblemException.notFound("notFound.captions", talkId));
    }

    /**
     * Checks WebVTT captions and, unless {@code dryRun}, stores them for the talk (editors). The transcript follows
     * the captions unless it was written by hand. Invalid captions: 400 with an error per line, nothing stored.
     */
    public CaptionsPreview save(long talkId, byte[] vtt, boolean dryRun, Locale locale) {
        Talk talk = requireEditor(talkId);
        List<WebVtt.Cue> cues = read(vtt, locale);
        String transcript = WebVtt.transcript(cues);
        if (!dryRun) {
            TalkCaptions captions = existingOrNew(talk);
            captions.vtt = new String(vtt, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
            captions.cueCount = cues.size();
            if (!captions.transcriptEdited) {
                captions.transcript = transcript;
            }
            touched(captions);
            LOG.infof("Captions of talk %d saved by %s: %d cues", talkId, caller.username(), cues.size());
        }
        return new CaptionsPreview(cues.stream().map(TalkCaptionsService::cue).toList(), transcript);
    }

    /**
     * Adds captions to a talk from an import or the demo data (no caller): checked like an upload, recorded as
     * {@code importedBy}.
     */
    public void importCaptions(long talkId, String vtt, String importedBy) {
        List<WebVtt.Cue> cues = WebVtt.parse(vtt);
        TalkCaptions captions = existingOrNew(programme.find(talkId));
        captions.vtt = vtt;
        captions.cueCount = cues.size();
        captions.transcript = WebVtt.transcript(cues);
        captions.updatedBy = importedBy;
        captions.updatedAt = clock.instant();
        if (!captions.isPersistent()) {
            captions.persist();
        }
    }

    /** Sets the transcript by hand (editors); an empty text makes it from the captions again. */
    public CaptionsView saveTranscript(long talkId, String text) {
        Talk talk = requireEditor(talkId);
        TalkCaptions captions = existingOrNew(talk);
        if (text == null || text.isBlank()) {
            captions.transcriptEdited = false;
            captions.transcript = captions.vtt == null ? null : WebVtt.transcript(WebVtt.parse(captions.vtt));
        } else {
            captions.transcriptEdited = true;
            captions.transcript = text.strip();
        }
        touched(captions);
        return view(talk, captions);
    }

    /** Records an admin's decision that the talk's recording may go online without captions. */
    public CaptionsView waive(long talkId, String reason) {
        AdminCheck.require(caller);
        Talk talk = programme.find(talkId);
        talk.captionsWaiver = CaptionsWaiver.decide(talk.captionsWaiver, reason, caller.username(), clock.instant());
        LOG.infof("Captions waived for talk %d by %s: %s", talkId, caller.username(), talk.captionsWaiver.reason);
        return captions(talkId);
    }

    /** Withdraws the decision (admins); refused while a recording is online that has no captions. */
    public CaptionsView revokeWaiver(long talkId) {
        AdminCheck.require(caller);
        Talk talk = programme.find(talkId);
        if (talk.recordingUrl != null && !hasCaptions(talkId)) {
            throw ProblemException.conflict("conflict.captionsWaiverInUse", talkId);
        }
        talk.captionsWaiver = null;
        LOG.infof("Captions waiver of talk %d withdrawn by %s", talkId, caller.username());
        return captions(talkId);
    }

    /**
     * 409 when {@code url} would put a recording online for a talk that has neither captions nor an admin decision;
     * removing a recording or keeping the one there is always allowed.
     */
    static void requirePublishable(Talk talk, String url) {
        if (url != null && !url.equals(talk.recordingUrl) && talk.captionsWaiver == null
                && (talk.id == null || !hasCaptions(talk.id))) {
            throw ProblemException.conflict("conflict.captionsRequired", talk.title).at("recordingUrl");
        }
    }

    /** The captions of these talks by talk id (talks without any are missing). */
    static Map<Long, TalkCaptions> captions(Collection<Long> talkIds) {
        return talkIds.isEmpty() ? Map.of()
                : TalkCaptions.<TalkCaptions>list("talkId in ?1", talkIds).stream()
                        .collect(Collectors.toMap(c -> c.talkId, c -> c));
    }

    /** The address of a talk's WebVTT file, or null when it has none. */
    static String vttUrl(long talkId, TalkCaptions captions) {
        return captions != null && captions.vtt != null ? "/api/talks/" + talkId + "/captions.vtt" : null;
    }

    private static boolean hasCaptions(long talkId) {
        return TalkCaptions.count("talkId = ?1 and vtt is not null", talkId) > 0;
    }

    private List<WebVtt.Cue> read(byte[] vtt, Locale locale) {
        if (vtt == null || vtt.length == 0) {
            throw ProblemException.badRequest("webvtt.empty");
        }
        try {
            return WebVtt.parse(vtt);
        } catch (WebVtt.Invalid e) {
            throw e.problem(messages, locale);
        }
    }

    private TalkCaptions existingOrNew(Talk talk) {
        return TalkCaptions.<TalkCaptions>findByIdOptional(talk.id).orElseGet(() -> {
            TalkCaptions created = new TalkCaptions();
            created.talkId = talk.id;
            return created;
        });
    }

    private void touched(TalkCaptions captions) {
        captions.updatedBy = caller.username();
        captions.updatedAt = clock.instant();
        if (!captions.isPersistent()) {
            captions.persist();
        }
        TalkCaptions.flush();
    }

    private CaptionsView view(Talk talk, TalkCaptions captions) {
        boolean hasVtt = captions != null && captions.vtt != null;
        return new CaptionsView(talk.id, vttUrl(talk.id, captions), captions == null ? 0 : captions.cueCount,
                captions == null ? null : captions.transcript, captions != null && captions.transcriptEdited,
                captions == null ? null : captions.updatedAt, CaptionsWaiver.view(talk.captionsWaiver, caller.isAdmin()),
                hasVtt || talk.captionsWaiver != null, mayEdit(talk), caller.isAdmin());
    }

    private static CueView cue(WebVtt.Cue cue) {
        return new CueView(WebVtt.format(cue.startMillis()), WebVtt.format(cue.endMillis()), cue.startMillis(),
                cue.endMillis(), cue.plainText());
    }

    /** Admins, moderators and the staff of a booth the talk presents. */
    private boolean mayEdit(Talk talk) {
        return caller.loggedIn() && (caller.isAdmin() || caller.hasRole(Role.MODERATOR)
                || talk.boothIds.stream().anyMatch(booths::mayEdit));
    }

    private Talk requireEditor(long talkId) {
        caller.requireLogin();
        Talk talk = programme.find(talkId);
        if (!mayEdit(talk)) {
            throw ProblemException.forbidden("forbidden.captions");
        }
        return talk;
    }
}
