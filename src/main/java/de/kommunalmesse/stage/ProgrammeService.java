package de.kommunalmesse.stage;

import de.kommunalmesse.booth.BoothService;
import de.kommunalmesse.common.ContentLanguage;
import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.fair.EditionCopy;
import de.kommunalmesse.fair.EditionService;
import de.kommunalmesse.fair.EditionViews.EditionRef;
import de.kommunalmesse.fair.FairService;
import de.kommunalmesse.fair.FairViews.EventDayView;
import de.kommunalmesse.fair.FairViews.TopicFieldView;
import de.kommunalmesse.stage.ProgrammeViews.NewStage;
import de.kommunalmesse.stage.ProgrammeViews.NewTalk;
import de.kommunalmesse.stage.ProgrammeViews.ProgrammeNow;
import de.kommunalmesse.stage.ProgrammeViews.SpeakerView;
import de.kommunalmesse.stage.ProgrammeViews.StageRef;
import de.kommunalmesse.stage.ProgrammeViews.TalkDetail;
import de.kommunalmesse.stage.ProgrammeViews.TalkInput;
import de.kommunalmesse.stage.ProgrammeViews.TalkTexts;
import de.kommunalmesse.stage.ProgrammeViews.TalkSaved;
import de.kommunalmesse.stage.ProgrammeViews.TalkSummary;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

    @Inject
    EditionService editions;

    @Inject
    ProgrammeConfig config;

    @Inject
    SpeakerService speakerProfiles;

    @Inject
    ContentLanguage language;

    /** Talks running at {@code now} (by start) and up to five that start after it. */
    public ProgrammeNow now(EditionRef edition, Instant now) {
        Map<String, TopicFieldView> topicFields = fair.topicFields();
        List<TalkSummary> live = Talk.<Talk>find("stage.editionId = ?2 and startsAt <= ?1 and endsAt > ?1 order by startsAt, stage.sortOrder",
                now, edition.id()).stream().map(talk -> summary(talk, topicFields, editions.allById(), language.english())).toList();
        List<TalkSummary> next = Talk.<Talk>find("stage.editionId = ?2 and startsAt > ?1 order by startsAt, stage.sortOrder", now,
                edition.id())
                .page(Page.ofSize(NEXT_LIMIT)).list().stream().map(talk -> summary(talk, topicFields, editions.allById(), language.english())).toList();
        return new ProgrammeNow(live, next);
    }

    /**
     * Talks of an edition's programme matching the filters, in start order; of every edition the caller may see
     * when {@code edition} is null (the archive searched across editions).
     */
    public List<TalkSummary> talks(EditionRef edition, TalkQuery query) {
        Map<String, TopicFieldView> topicFields = fair.topicFields();
        if (query.topic != null && !query.topic.isBlank() && !topicFields.containsKey(query.topic)) {
            throw ProblemException.badRequest("unknownTopicField", query.topic);
        }
        StringBuilder where = new StringBuilder("t.stage.editionId in :editions");
        Parameters params = Parameters.with("editions", edition != null ? List.of(edition.id())
                : editions.visibleEditions().stream().map(EditionRef::id).toList());
        if (query.day != null) {
            where.append(" and t.eventDayId = :day");
            params.and("day", query.day);
        }
        if (query.stage != null && !query.stage.isBlank()) {
            where.append(" and t.stage.key = :stage");
            params.and("stage", query.stage);
        }
        if (query.topic != null && !query.topic.isBlank()) {
            where.append(" and t.topicFieldCode = :topic");
            params.and("topic", query.topic);
        }
        if (query.type != null && !query.type.isBlank()) {
            TalkType type;
            try {
                type = TalkType.fromCode(query.type);
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest("unknownFilterValue", query.type, "type");
            }
            where.append(" and t.type = :type");
            params.and("type", type);
        }
        if (Boolean.TRUE.equals(query.archived)) {
            where.append(" and (t.recordingUrl is not null")
                    .append(" or exists (select 1 from TalkMaterial m where m.talkId = t.id)")
                    .append(" or exists (select 1 from Question f where f.talkId = t.id and f.inFaq = true))");
        }
        int word = 0;
        for (String term : query.q == null ? new String[0] : query.q.toLowerCase(Locale.GERMAN).split("[^\\p{L}\\p{N}]+")) {
            if (!term.isBlank()) {
                String w = ":w" + word;
                where.append(" and (lower(t.title) like ").append(w).append(" or lower(t.summary) like ").append(w)
                        // English texts too: the programme and the archive find words in either language
                        .append(" or lower(t.titleEn) like ").append(w).append(" or lower(t.summaryEn) like ").append(w)
                        .append(" or exists (select 1 from TalkSpeaker sp where sp.talk = t and (lower(sp.speaker.name) like ")
                        .append(w).append(" or lower(sp.speaker.organisation) like ").append(w).append("))")
                        // The archive is searched too: slide titles and the FAQ
                        .append(" or exists (select 1 from TalkMaterial m where m.talkId = t.id and lower(m.title) like ")
                        .append(w).append(")")
                        .append(" or exists (select 1 from Question f where f.talkId = t.id and f.inFaq = true")
                        .append(" and (lower(f.text) like ").append(w).append(" or lower(f.answer) like ").append(w)
                        .append("))")
                        // and what was said: the transcript of the recording
                        .append(" or exists (select 1 from TalkCaptions c where c.talkId = t.id and lower(c.transcript) like ")
                        .append(w).append("))");
                params.and("w" + word++, "%" + term + "%");
            }
        }
        return Talk.<Talk>find("select t from Talk t join fetch t.stage where " + where
                + " order by t.startsAt, t.stage.sortOrder, t.id", params)
                .stream().map(t -> summary(t, topicFields, editions.allById(), language.english())).toList();
    }

    /** One talk with its speakers and related booths; 404 when unknown. */
    public TalkDetail talk(long id, boolean inAgenda) {
        return detail(find(id), inAgenda);
    }

    /** The edition-qualified key ({@code <edition>/<key>}) of the stage a talk runs on; empty when there is no such talk. */
    public Optional<String> talkStage(long id) {
        return Talk.<Talk>findByIdOptional(id)
                .map(talk -> editions.byId(talk.stage.editionId).qualify(talk.stage.key));
    }

    /** The facts of one talk for other features; empty when there is no such talk. */
    public Optional<TalkFacts> talkFacts(long id) {
        return Talk.<Talk>findByIdOptional(id).map(this::facts);
    }

    /** The facts of these talks (unknown ids are left out), by id. */
    public Map<Long, TalkFacts> talkFacts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Talk.<Talk>list("id in ?1", ids).stream().map(this::facts)
                .collect(Collectors.toMap(TalkFacts::id, f -> f));
    }

    /** The talks on the stage with this edition-qualified key that run at this instant (start inclusive, end exclusive). */
    public List<TalkFacts> talksRunning(String qualifiedStageKey, Instant at) {
        return StageKeys.find(editions, qualifiedStageKey)
                .map(stage -> Talk.<Talk>list("stage.id = ?1 and startsAt <= ?2 and endsAt > ?2", stage.id, at)
                        .stream().map(this::facts).toList())
                .orElse(List.of());
    }

    private TalkFacts facts(Talk talk) {
        return new TalkFacts(talk.id, talk.title, talk.stage.editionId, talk.eventDayId,
                editions.byId(talk.stage.editionId).qualify(talk.stage.key), talk.stage.name, talk.startsAt,
                talk.endsAt, Set.copyOf(talk.boothIds));
    }

    Talk find(long id) {
        return Talk.<Talk>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("notFound.talk", id));
    }

    /** One talk as an iCalendar file. */
    public String ics(long id) {
        Talk talk = find(id);
        return IcsCalendar.write(talk.title, List.of(event(talk)), Instant.now());
    }

    /** Talks as one iCalendar file. */
    String ics(String calendarName, List<Talk> talks) {
        return IcsCalendar.write(calendarName, talks.stream().map(this::event).toList(), Instant.now());
    }

    /** Creates a talk (admins); overlapping talks on the same stage are reported, not refused. */
    public TalkSaved createTalk(TalkInput input) {
        Talk talk = new Talk();
        apply(talk, input);
        talk.persist();
        return saved(talk);
    }

    /** Changes a talk (admins); 409 when it changed since {@code input.version()}. */
    public TalkSaved updateTalk(long id, TalkInput input) {
        Talk talk = find(id);
        if (input.version() == null || input.version() != talk.version) {
            throw ProblemException.conflict("conflict.stale", input.version(), talk.version);
        }
        apply(talk, input);
        Talk.getEntityManager().flush();
        return saved(talk);
    }

    public void deleteTalk(long id) {
        find(id).delete();
    }

    private void apply(Talk talk, TalkInput input) {
        EventDayView day = fair.eventDay(input.eventDayId())
                .orElseThrow(() -> ProblemException.badRequest("unknownEventDay", input.eventDayId()));
        long editionId = fair.editionOf(day.id());
        Stage stage = Stage.<Stage>find("editionId = ?1 and key = ?2", editionId, input.stage()).firstResultOptional()
                .orElseThrow(() -> ProblemException.badRequest("unknownStage", input.stage()));
        if (input.topicField() != null && !input.topicField().isBlank() && !fair.topicFields().containsKey(input.topicField())) {
            throw ProblemException.badRequest("unknownTopicField", input.topicField());
        }
        if (!input.end().isAfter(input.start())) {
            throw ProblemException.badRequest("talkEndsBeforeStart", input.title());
        }
        List<String> boothSlugs = input.booths() == null ? List.of() : input.booths();
        List<Long> boothIds = booths.boothIds(editionId, boothSlugs);
        if (boothIds.size() != boothSlugs.stream().distinct().count()) {
            throw ProblemException.badRequest("unknownBooth", String.join(", ", boothSlugs));
        }
        talk.eventDayId = day.id();
        talk.stage = stage;
        talk.title = input.title().strip();
        talk.summary = blankToNull(input.summary());
        talk.titleEn = blankToNull(input.titleEn());
        talk.summaryEn = blankToNull(input.summaryEn());
        talk.easySummary = blankToNull(input.easySummary());
        talk.type = input.type();
        talk.topicFieldCode = input.topicField() == null || input.topicField().isBlank() ? null : input.topicField();
        talk.language = input.language();
        talk.startsAt = day.date().atTime(input.start()).atZone(FAIR_ZONE).toInstant();
        talk.endsAt = day.date().atTime(input.end()).atZone(FAIR_ZONE).toInstant();
        TalkCaptionsService.requirePublishable(talk, input.recordingUrl());
        talk.recordingUrl = input.recordingUrl();
        talk.updatedAt = Instant.now();
        setSpeakers(talk, input.speakers());
        talk.boothIds.clear();
        talk.boothIds.addAll(boothIds);
    }

    /** Links the talk to the speakers' profiles in the given order (see {@link SpeakerService#resolve}). */
    private void setSpeakers(Talk talk, List<SpeakerView> speakers) {
        talk.speakers.clear();
        int position = 0;
        for (Speaker speaker : speakerProfiles.resolve(speakers)) {
            TalkSpeaker entry = new TalkSpeaker();
            entry.talk = talk;
            entry.position = position++;
            entry.speaker = speaker;
            talk.speakers.add(entry);
        }
    }

    private TalkSaved saved(Talk talk) {
        Map<String, TopicFieldView> topicFields = fair.topicFields();
        List<TalkSummary> overlaps = Talk.<Talk>find("stage = ?1 and id <> ?2 and startsAt < ?3 and endsAt > ?4 order by startsAt",
                talk.stage, talk.id, talk.endsAt, talk.startsAt).stream().map(t -> summary(t, topicFields, editions.allById(), language.english())).toList();
        return new TalkSaved(detail(talk, false), overlaps);
    }

    private TalkDetail detail(Talk talk, boolean inAgenda) {
        Map<String, TopicFieldView> topicFields = fair.topicFields();
        TalkCaptions captions = TalkCaptions.findById(talk.id);
        boolean english = language.english();
        ContentLanguage.Texts texts = new ContentLanguage.Texts(english, talk.language);
        return new TalkDetail(talk.id, texts.pick("title", talk.title, talk.titleEn),
                texts.pick("summary", talk.summary, talk.summaryEn), talk.type,
                talk.startsAt.atZone(FAIR_ZONE).toOffsetDateTime(), talk.endsAt.atZone(FAIR_ZONE).toOffsetDateTime(),
                fair.eventDay(talk.eventDayId).orElse(null), stageRef(talk.stage, english),
                talk.topicFieldCode == null ? null : topicFields.get(talk.topicFieldCode), talk.language,
                talk.speakers.stream().map(s -> SpeakerService.view(s.speaker)).toList(),
                booths.boothRefs(talk.boothIds), talk.recordingUrl, TalkCaptionsService.vttUrl(talk.id, captions),
                captions == null ? null : captions.transcript, TalkArchive.materialViews(talk.id), inAgenda,
                talk.version, talk.easySummary, new TalkTexts(talk.title, talk.summary, talk.titleEn, talk.summaryEn),
                texts.langs());
    }

    /** A stage named in English (where it has an English name) or German. */
    static StageRef stageRef(Stage stage, boolean english) {
        ContentLanguage.Texts texts = new ContentLanguage.Texts(english);
        return new StageRef(stage.key, texts.pick("name", stage.name, stage.nameEn), texts.langs());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private IcsCalendar.Event event(Talk talk) {
        String speakers = talk.speakers.stream()
                .map(s -> s.speaker.name + (s.speaker.organisation == null ? "" : " (" + s.speaker.organisation + ")"))
                .reduce((a, b) -> a + ", " + b).map(list -> "Mit " + list).orElse(null);
        String description = String.join("\n\n", Stream.of(talk.summary, speakers).filter(Objects::nonNull).toList());
        String url = config.publicUrl().replaceAll("/$", "") + "/programm/" + talk.id;
        return new IcsCalendar.Event("talk-" + talk.id + "@kommunalmesse", talk.startsAt, talk.endsAt, talk.title,
                description.isEmpty() ? null : description + "\n\n" + url, "Kommunalmesse – " + talk.stage.name, url,
                talk.type.code(), talk.version, talk.updatedAt);
    }

    /** The key of the edition's stage with this key or name. */
    Optional<String> stageKey(long editionId, String keyOrName) {
        if (keyOrName == null || keyOrName.isBlank()) {
            return Optional.empty();
        }
        return Stage.<Stage>find("editionId = ?2 and (key = ?1 or lower(name) = lower(?1))", keyOrName.strip(), editionId)
                .firstResultOptional().map(stage -> stage.key);
    }

    /**
     * Creates or (same external id) updates an imported talk; adds the talks it overlaps with to
     * {@code overlaps}. Returns whether it existed.
     */
    boolean upsertImported(String externalId, TalkInput input, List<TalkSummary> overlaps) {
        Talk talk = externalId == null ? null : Talk.<Talk>find("externalId", externalId).firstResult();
        boolean existed = talk != null;
        if (talk == null) {
            talk = new Talk();
            talk.externalId = externalId;
        }
        apply(talk, input);
        talk.persistAndFlush();
        overlaps.addAll(saved(talk).overlaps());
        return existed;
    }

    /** The stage with this edition-qualified key ({@code <edition>/<key>}), if there is one. */
    public Optional<StageRef> stage(String qualifiedKey) {
        return StageKeys.find(editions, qualifiedKey).map(stage -> stageRef(stage, language.english()));
    }

    /** Creates a stage of an edition; returns its id. */
    public long createStage(long editionId, NewStage draft) {
        Stage stage = new Stage();
        stage.editionId = editionId;
        stage.key = draft.key();
        stage.name = draft.name();
        stage.nameEn = blankToNull(draft.nameEn());
        stage.sortOrder = (int) Stage.count("editionId", editionId) + 1;
        stage.persist();
        return stage.id;
    }

    /** Copies the stages (names, order and stream settings) of an earlier edition into a new one. */
    void copyStages(@Observes EditionCopy copy) {
        for (Stage from : Stage.<Stage>list("editionId = ?1 order by sortOrder", copy.fromEditionId())) {
            Stage stage = new Stage();
            stage.editionId = copy.toEditionId();
            stage.key = from.key;
            stage.name = from.name;
            stage.nameEn = from.nameEn;
            stage.sortOrder = from.sortOrder;
            stage.streamKind = from.streamKind;
            stage.streamUrl = from.streamUrl;
            stage.embedProvider = from.embedProvider;
            stage.captionsUrl = from.captionsUrl;
            stage.pictureImageId = from.pictureImageId;
            stage.pictureAlt = from.pictureAlt;
            stage.persist();
        }
    }

    /** Creates a talk on a stage of the event day's edition; returns its id. */
    public long createTalk(NewTalk draft) {
        EventDayView day = fair.eventDay(draft.eventDayId())
                .orElseThrow(() -> ProblemException.badRequest("unknownEventDay", draft.eventDayId()));
        Stage stage = Stage.<Stage>find("editionId = ?1 and key = ?2", fair.editionOf(day.id()), draft.stageKey())
                .firstResultOptional()
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
        talk.titleEn = draft.titleEn();
        talk.summaryEn = draft.summaryEn();
        talk.easySummary = draft.easySummary();
        talk.type = draft.type();
        talk.topicFieldCode = draft.topicField();
        talk.language = draft.language();
        talk.startsAt = day.date().atTime(draft.start()).atZone(FAIR_ZONE).toInstant();
        talk.endsAt = day.date().atTime(draft.end()).atZone(FAIR_ZONE).toInstant();
        setSpeakers(talk, draft.speakers());
        talk.boothIds.addAll(booths.boothIds(stage.editionId, draft.boothSlugs()));
        talk.persist();
        return talk.id;
    }

    /**
     * Adds what a talk leaves behind (imports of earlier editions and the demo data): its recording and answered
     * questions that go straight into its FAQ.
     */
    public void addArchive(long talkId, String recordingUrl, List<FaqItem> faq) {
        Talk talk = find(talkId);
        TalkCaptionsService.requirePublishable(talk, recordingUrl);
        talk.recordingUrl = recordingUrl;
        for (FaqItem item : faq) {
            Question question = new Question();
            question.talkId = talkId;
            question.username = "import";
            question.authorName = "Publikum";
            question.anonymous = true;
            question.text = item.question();
            question.answer = item.answer();
            question.status = QuestionStatus.ANSWERED;
            question.inFaq = true;
            question.createdAt = talk.endsAt;
            question.persist();
        }
    }

    /** A question with its answer, for the FAQ of a talk. */
    public record FaqItem(String question, String answer) {
    }

    /** A talk as lists show it, its texts in English (where written, if {@code english}) or German. */
    static TalkSummary summary(Talk talk, Map<String, TopicFieldView> topicFields, Map<Long, EditionRef> editions,
            boolean english) {
        ContentLanguage.Texts texts = new ContentLanguage.Texts(english, talk.language);
        return new TalkSummary(talk.id, editions.get(talk.stage.editionId).slug(), texts.pick("title", talk.title, talk.titleEn),
                talk.type,
                talk.startsAt.atZone(FAIR_ZONE).toOffsetDateTime(),
                talk.endsAt.atZone(FAIR_ZONE).toOffsetDateTime(),
                talk.eventDayId,
                stageRef(talk.stage, english),
                talk.topicFieldCode == null ? null : topicFields.get(talk.topicFieldCode),
                talk.speakers.stream().map(s -> SpeakerService.view(s.speaker)).toList(), texts.langs());
    }
}
