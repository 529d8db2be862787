package de.kommunalmesse.stage;

import de.kommunalmesse.common.ContentLanguage;
import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.fair.EditionService;
import de.kommunalmesse.fair.EditionViews.EditionRef;
import de.kommunalmesse.fair.FairImages;
import de.kommunalmesse.fair.FairService;
import de.kommunalmesse.fair.FairViews.ShownImage;
import de.kommunalmesse.fair.FairViews.TopicFieldView;
import de.kommunalmesse.identity.Caller;
import de.kommunalmesse.stage.StageViews.LiveChanged;
import de.kommunalmesse.stage.StageViews.LiveUpdate;
import de.kommunalmesse.stage.StageViews.LiveView;
import de.kommunalmesse.stage.StageViews.PictureUpdate;
import de.kommunalmesse.stage.StageViews.StageNames;
import de.kommunalmesse.stage.StageViews.StageView;
import de.kommunalmesse.stage.StageViews.StreamUpdate;
import de.kommunalmesse.stage.StageViews.StreamView;
import io.quarkus.panache.common.Page;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Stages: what they stream and whether they are live. */
@ApplicationScoped
@Transactional
public class StageService {

    private static final Logger LOG = Logger.getLogger(StageService.class);

    @Inject
    FairService fair;

    @Inject
    ContentLanguage language;

    @Inject
    EditionService editions;

    @Inject
    Clock clock;

    @Inject
    Event<LiveChanged> liveChanged;

    @Inject
    ViewerCounts viewers;

    @Inject
    Caller caller;

    @Inject
    FairImages images;

    /** The stages of an edition, in their order. */
    public List<StageView> stages(EditionRef edition) {
        return Stage.<Stage>find("editionId = ?1 order by sortOrder", edition.id()).stream()
                .map(stage -> view(stage, edition)).toList();
    }

    public StageView stage(EditionRef edition, String key) {
        return view(find(edition, key), edition);
    }

    /**
     * Sets what a stage streams (admins). HLS needs an address; an embed also its provider. A stream goes online only
     * with a captions address or the admin's reason to go without (recorded with who and when, and logged).
     */
    public StageView setStream(EditionRef edition, String key, StreamUpdate update) {
        Stage stage = find(edition, key);
        if (update.version() != stage.version) {
            throw ProblemException.conflict("conflict.stale", update.version(), stage.version);
        }
        if (update.kind() != StreamKind.NONE && (update.url() == null || update.url().isBlank())) {
            throw ProblemException.badRequest("stream.urlRequired");
        }
        if (update.kind() == StreamKind.EMBED && update.provider() == null) {
            throw ProblemException.badRequest("stream.providerRequired");
        }
        stage.streamKind = update.kind();
        stage.streamUrl = update.kind() == StreamKind.NONE ? null : update.url();
        stage.embedProvider = update.kind() == StreamKind.EMBED ? update.provider() : null;
        String captions = update.kind() == StreamKind.HLS && update.captionsUrl() != null && !update.captionsUrl().isBlank()
                ? update.captionsUrl() : null;
        boolean waived = update.captionsWaiver() != null && !update.captionsWaiver().isBlank();
        if (update.kind() != StreamKind.NONE && captions == null && !waived) {
            throw ProblemException.badRequest("stream.captionsRequired").at("captionsWaiver");
        }
        stage.captionsUrl = captions;
        stage.captionsWaiver = update.kind() == StreamKind.NONE || captions != null ? null
                : CaptionsWaiver.decide(stage.captionsWaiver, update.captionsWaiver(),
                        // Admins decide; the demo data is loaded by nobody
                        caller.usernameIfLoggedIn().orElse("system"), clock.instant());
        if (stage.captionsWaiver != null) {
            LOG.infof("Stage %s streams without a captions address, decided by %s: %s", stage.key,
                    stage.captionsWaiver.decidedBy, stage.captionsWaiver.reason);
        }
        Stage.getEntityManager().flush();
        return view(stage, edition);
    }

    /** Sets or removes the stage's picture (admins); 400 for an unknown image or one without alternative text. */
    public StageView setPicture(EditionRef edition, String key, PictureUpdate update) {
        Stage stage = find(edition, key);
        if (update.imageId() != null) {
            images.require(update.imageId(), "imageId");
            FairImages.requireAlt(update.alt(), "alt");
        }
        stage.pictureImageId = update.imageId();
        stage.pictureAlt = update.imageId() == null ? null : update.alt().strip();
        return view(stage, edition);
    }

    /** Switches a stage's live state (admins); viewers are told after the change is committed. */
    public StageView setLive(EditionRef edition, String key, LiveUpdate update) {
        Stage stage = find(edition, key);
        stage.liveState = update.state();
        stage.liveMessage = update.message() == null || update.message().isBlank() ? null : update.message().strip();
        stage.liveChangedAt = clock.instant();
        Stage.getEntityManager().flush();
        liveChanged.fire(new LiveChanged(edition.qualify(stage.key), live(stage)));
        return view(stage, edition);
    }

    /** The live state of the stage with this edition-qualified key ({@code <edition>/<key>}), if there is one. */
    public Optional<LiveView> live(String qualifiedKey) {
        return StageKeys.find(editions, qualifiedKey).map(StageService::live);
    }

    /** The stage's names in German and English as stored, with its version (admins edit them). */
    public StageNames names(EditionRef edition, String key) {
        Stage stage = find(edition, key);
        return new StageNames(stage.name, stage.nameEn, stage.version);
    }

    /** Renames the stage in German and English (admins); 409 when it changed since {@code update.version()}. */
    public StageNames rename(EditionRef edition, String key, StageNames update) {
        Stage stage = find(edition, key);
        if (update.version() != stage.version) {
            throw ProblemException.conflict("conflict.stale", update.version(), stage.version);
        }
        stage.name = update.name().strip();
        stage.nameEn = update.nameEn() == null || update.nameEn().isBlank() ? null : update.nameEn().strip();
        stage.persistAndFlush();
        return new StageNames(stage.name, stage.nameEn, stage.version);
    }

    private Stage find(EditionRef edition, String key) {
        return Stage.<Stage>find("editionId = ?1 and key = ?2", edition.id(), key).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("notFound.stage", key));
    }

    private StageView view(Stage stage, EditionRef edition) {
        Map<String, TopicFieldView> topics = fair.topicFields();
        Instant now = clock.instant();
        boolean english = language.english();
        ContentLanguage.Texts texts = new ContentLanguage.Texts(english);
        var current = Talk.<Talk>find("stage = ?1 and startsAt <= ?2 and endsAt > ?2 order by startsAt", stage, now)
                .firstResultOptional().map(t -> ProgrammeService.summary(t, topics, editions.allById(), english)).orElse(null);
        var next = Talk.<Talk>find("stage = ?1 and startsAt > ?2 order by startsAt", stage, now).page(Page.ofSize(1))
                .firstResultOptional().map(t -> ProgrammeService.summary(t, topics, editions.allById(), english)).orElse(null);
        return new StageView(stage.key, edition.slug(), texts.pick("name", stage.name, stage.nameEn),
                new StreamView(stage.streamKind, stage.streamUrl, stage.embedProvider, stage.captionsUrl,
                        CaptionsWaiver.view(stage.captionsWaiver, admin())),
                live(stage), current, next, viewers.viewers(edition.qualify(stage.key)),
                ShownImage.of(stage.pictureImageId, stage.pictureAlt),
                stage.version, texts.langs());
    }

    /** Whether an admin asks; outside a request (the dashboard's live push) nobody is, so who decided stays out. */
    private boolean admin() {
        return Arc.container().requestContext().isActive() && caller.isAdmin();
    }

    private static LiveView live(Stage stage) {
        return new LiveView(stage.liveState, stage.liveMessage, stage.liveChangedAt);
    }
}
