package de.kommunalmesse.stage;

import de.kommunalmesse.booth.BoothService;
import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.fair.FairService;
import de.kommunalmesse.fair.FairViews.EventDayView;
import de.kommunalmesse.fair.FairViews.TopicFieldView;
import de.kommunalmesse.stage.ProgrammeViews.NewStage;
import de.kommunalmesse.stage.ProgrammeViews.NewTalk;
import de.kommunalmesse.stage.ProgrammeViews.ProgrammeNow;
import de.kommunalmesse.stage.ProgrammeViews.SpeakerView;
import de.kommunalmesse.stage.ProgrammeViews.StageRef;
import de.kommunalmesse.stage.ProgrammeViews.TalkSummary;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The programme: stages and talks. */
@ApplicationScoped
@Transactional
public class ProgrammeService {

    /** The fair happens in Germany: every local time in the programme is Berlin time. */
    public static final ZoneId FAIR_ZONE = ZoneId.of("Europe/Berlin");

    static final int NEXT_LIMIT = 5;

    @Inject
    FairService fair;

    @Inject
    BoothService booths;

    /** Talks running at {@code now} (by start) and up to five that start after it. */
    public ProgrammeNow now(Instant now) {
        Map<String, TopicFieldView> topicFields = fair.topicFields();
        List<TalkSummary> live = Talk.<Talk>find("startsAt <= ?1 and endsAt > ?1 order by startsAt, stage.sortOrder", now)
                .stream().map(talk -> summary(talk, topicFields)).toList();
        List<TalkSummary> next = Talk.<Talk>find("startsAt > ?1 order by startsAt, stage.sortOrder", now)
                .page(Page.ofSize(NEXT_LIMIT)).list().stream().map(talk -> summary(talk, topicFields)).toList();
        return new ProgrammeNow(live, next);
    }

    /** The stage with this key in any series, if there is one. */
    public Optional<StageRef> stage(String key) {
        return Stage.<Stage>find("key = ?1 order by id desc", key).firstResultOptional()
                .map(stage -> new StageRef(stage.key, stage.name));
    }

    /** Creates a stage of a series; returns its id. */
    public long createStage(long seriesId, NewStage draft) {
        Stage stage = new Stage();
        stage.seriesId = seriesId;
        stage.key = draft.key();
        stage.name = draft.name();
        stage.sortOrder = (int) Stage.count("seriesId", seriesId) + 1;
        stage.persist();
        return stage.id;
    }

    /** Creates a talk on a stage of the event day's series; returns its id. */
    public long createTalk(long seriesId, NewTalk draft) {
        EventDayView day = fair.eventDay(draft.eventDayId())
                .orElseThrow(() -> ProblemException.badRequest("unknownEventDay", draft.eventDayId()));
        Stage stage = Stage.<Stage>find("seriesId = ?1 and key = ?2", seriesId, draft.stageKey()).firstResultOptional()
                .orElseThrow(() -> ProblemException.badRequest("unknownStage", draft.stageKey()));
        if (draft.topicField() != null && !fair.topicFields().containsKey(draft.topicField())) {
            throw ProblemException.badRequest("unknownTopicField", draft.topicField());
        }
        if (!draft.end().isAfter(draft.start())) {
            throw ProblemException.badRequest("talkEndsBeforeStart", draft.title());
        }
        Talk talk = new Talk();
        talk.eventDayId = day.id();
        talk.stage = stage;
        talk.title = draft.title();
        talk.summary = draft.summary();
        talk.type = draft.type();
        talk.topicFieldCode = draft.topicField();
        talk.language = draft.language();
        talk.startsAt = day.date().atTime(draft.start()).atZone(FAIR_ZONE).toInstant();
        talk.endsAt = day.date().atTime(draft.end()).atZone(FAIR_ZONE).toInstant();
        int position = 0;
        for (SpeakerView speaker : draft.speakers()) {
            TalkSpeaker entry = new TalkSpeaker();
            entry.talk = talk;
            entry.position = position++;
            entry.name = speaker.name();
            entry.organisation = speaker.organisation();
            entry.role = speaker.role();
            talk.speakers.add(entry);
        }
        talk.boothIds.addAll(booths.boothIds(draft.boothSlugs()));
        talk.persist();
        return talk.id;
    }

    private static TalkSummary summary(Talk talk, Map<String, TopicFieldView> topicFields) {
        return new TalkSummary(talk.id, talk.title, talk.type,
                talk.startsAt.atZone(FAIR_ZONE).toOffsetDateTime(),
                talk.endsAt.atZone(FAIR_ZONE).toOffsetDateTime(),
                talk.eventDayId,
                new StageRef(talk.stage.key, talk.stage.name),
                talk.topicFieldCode == null ? null : topicFields.get(talk.topicFieldCode),
                talk.speakers.stream().map(s -> new SpeakerView(s.name, s.organisation, s.role)).toList());
    }
}
