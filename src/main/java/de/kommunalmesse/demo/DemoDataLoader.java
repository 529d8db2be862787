package de.kommunalmesse.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kommunalmesse.booth.BoothContent;
import de.kommunalmesse.booth.BoothService;
import de.kommunalmesse.booth.BoothVideo;
import de.kommunalmesse.booth.BoothVideos;
import de.kommunalmesse.booth.MaterialService;
import de.kommunalmesse.booth.ReuseRequests;
import de.kommunalmesse.booth.ReuseStatus;
import de.kommunalmesse.booth.ReuseViews.ReuseSeed;
import de.kommunalmesse.booth.BoothStatus;
import de.kommunalmesse.booth.BoothViews.NewBooth;
import de.kommunalmesse.booth.BoothViews.NewExhibitor;
import de.kommunalmesse.booth.OrganisationType;
import de.kommunalmesse.common.DemoDataLoaded;
import de.kommunalmesse.fair.EditionService;
import de.kommunalmesse.feedback.AttendanceService;
import de.kommunalmesse.feedback.FeedbackService;
import de.kommunalmesse.fair.EditionState;
import de.kommunalmesse.fair.EditionViews.EditionRef;
import de.kommunalmesse.fair.EditionViews.NewEdition;
import de.kommunalmesse.fair.BrandingService;
import de.kommunalmesse.fair.BrandingViews.BrandingUpdate;
import de.kommunalmesse.fair.BrandingViews.LogoInput;
import de.kommunalmesse.fair.FairImages;
import de.kommunalmesse.fair.FairService;
import de.kommunalmesse.fair.LogoKind;
import de.kommunalmesse.fair.FairViews.NewEventDay;
import de.kommunalmesse.fair.FairViews.NewSeries;
import de.kommunalmesse.stage.ProgrammeService;
import de.kommunalmesse.stage.ProgrammeService.FaqItem;
import de.kommunalmesse.stage.ProgrammeViews.NewStage;
import de.kommunalmesse.stage.ProgrammeViews.NewTalk;
import de.kommunalmesse.stage.ProgrammeViews.SpeakerView;
import de.kommunalmesse.stage.SpeakerService;
import de.kommunalmesse.stage.SpeakerViews.SpeakerInput;
import de.kommunalmesse.stage.StageService;
import de.kommunalmesse.stage.StageViews.PictureUpdate;
import de.kommunalmesse.stage.TalkArchive;
import de.kommunalmesse.stage.StageViews.StreamUpdate;
import de.kommunalmesse.stage.StreamKind;
import de.kommunalmesse.stage.TalkCaptionsService;
import de.kommunalmesse.stage.TalkType;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Loads the German demo fair (modelled on the NRW series of 2020) once into an empty platform.
 * Event days are dated from the day of loading on, so that "Jetzt live" has something to show.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    /**
     * A 30-second video with German subtitles (an HLS subtitle rendition) bundled with the web app
     * (frontend/public/media/demo, made by frontend/scripts/make-demo-video.sh): the stages' stream.
     */
    static final String DEMO_VIDEO = "/media/demo/buehne.m3u8";

    /** The same video without the subtitle rendition: the recordings of the talks already over, captioned by {@link #DEMO_CAPTIONS}. */
    static final String DEMO_RECORDING = "/media/demo/aufzeichnung.m3u8";

    /** The WebVTT captions of the demo video (also the source of its subtitle rendition). */
    static final String DEMO_CAPTIONS = "demo/aufzeichnung.vtt";

    /** The booth that shows the recordings' video as its booth video, captioned by the first recorded talk's captions. */
    static final String VIDEO_BOOTH = "kreis-soest-umzug";

    /** Why the stages stream without a separate captions file: the subtitles are inside the stream. */
    static final String DEMO_STREAM_CAPTIONS = "Die deutschen Untertitel sind im HLS-Stream enthalten (Untertitelspur „Deutsch“).";

    @Inject
    DemoDataConfig config;

    @Inject
    FairService fair;

    @Inject
    BoothService booths;

    @Inject
    ProgrammeService programme;

    @Inject
    StageService stages;

    @Inject
    ReuseRequests reuse;

    @Inject
    MaterialService materials;

    @Inject
    BoothVideos videos;

    @Inject
    EditionService editions;

    @Inject
    FeedbackService feedback;

    @Inject
    AttendanceService attendance;

    @Inject
    FairImages images;

    @Inject
    SpeakerService speakers;

    @Inject
    BrandingService branding;

    @Inject
    TalkArchive archive;

    @Inject
    Event<DemoDataLoaded> loaded;

    @Inject
    Clock clock;

    @Inject
    TalkCaptionsService captions;

    @Inject
    ObjectMapper json;

    void onStart(@Observes StartupEvent event) {
        if (config.enabled()) {
            load(config.resource());
        }
    }

    /**
     * Loads the demo fair from a classpath resource in one transaction, unless its series exists.
     *
     * @return true when it was loaded, false when it was there already
     */
    @Transactional
    @ActivateRequestContext
    public boolean load(String resource) {
        DemoData data = read(resource);
        if (fair.seriesExists(data.series().slug())) {
            LOG.infof("Demo fair '%s' is already loaded", data.series().slug());
            return false;
        }
        DemoData.Series s = data.series();
        fair.createSeries(new NewSeries(s.slug(), s.title(), s.subtitle(), s.description(), s.organisers()));
        for (DemoData.ExhibitorEntry e : data.exhibitors()) {
            String region = "other".equals(e.region()) ? null : e.region();
            booths.createExhibitor(new NewExhibitor(e.slug(), e.name(), OrganisationType.fromCode(e.type()), region,
                    e.website(), e.staff()));
        }
        LocalDate firstDay = LocalDate.now(clock.withZone(ProgrammeService.FAIR_ZONE));
        Map<String, DemoData.BoothEntry> boothsBySlug = new HashMap<>();
        data.booths().forEach(b -> boothsBySlug.put(b.slug(), b));

        speakerProfiles(data);
        DemoData.PastEdition past = data.pastEdition();
        EditionRef pastEdition = null;
        Long recordedTalk = null;
        if (past != null) {
            LocalDate pastFirst = firstDay.minusYears(1);
            pastEdition = edition(pastFirst, past.eventDays());
            Map<String, Long> pastDays = eventDays(pastEdition, pastFirst, past.eventDays());
            long pastId = pastEdition.id();
            data.stages().forEach(stage -> programme.createStage(pastId, new NewStage(stage.key(), stage.name(), stage.nameEn())));
            for (DemoData.PastBooth pb : past.booths()) {
                DemoData.BoothEntry b = Objects.requireNonNull(boothsBySlug.get(pb.slug()), pb.slug());
                booth(pastEdition, b, pb.tagline(), required(pastDays, pb.eventDay()));
            }
            List<Long> pastTalks = talks(past.talks(), pastDays);
            for (int t = 0; t < past.talks().size() && recordedTalk == null; t++) {
                recordedTalk = past.talks().get(t).recording() ? pastTalks.get(t) : null;
            }
            demoRatings(pastTalks);
            demoAttendance(pastTalks);
        }
        EditionRef current = edition(firstDay, data.eventDays());
        Map<String, Long> dayIds = eventDays(current, firstDay, data.eventDays());
        data.stages().forEach(stage -> programme.createStage(current.id(), new NewStage(stage.key(), stage.name(), stage.nameEn())));
        data.stages().forEach(stage -> stages.setStream(current, stage.key(), new StreamUpdate(StreamKind.HLS, DEMO_VIDEO,
                null, null, DEMO_STREAM_CAPTIONS, stages.stage(current, stage.key()).version())));
        branding(current, data.stages());
        for (DemoData.BoothEntry b : data.booths()) {
            booth(current, b, b.tagline(), required(dayIds, b.eventDay()));
            materials(current, b);
        }
        talks(data.talks(), dayIds);
        if (recordedTalk != null && boothsBySlug.containsKey(VIDEO_BOOTH)) {
            // The recordings' video and the captions address the talk pages use for it
            videos.showDemo(current, VIDEO_BOOTH, new BoothVideo(DEMO_RECORDING, null,
                    "/api/talks/" + recordedTalk + "/captions.vtt", "Der Stand in einer Minute",
                    "Demo-Video der Kommunalmesse mit deutschen Untertiteln."));
        }
        reuseRequests(current, firstDay, Objects.requireNonNullElse(data.reuseRequests(), List.of()));
        if (pastEdition != null) {
            editions.makeCurrent(current.slug());
            editions.changeState(pastEdition.slug(), EditionState.ARCHIVE);
        }
        loaded.fire(new DemoDataLoaded(pastEdition == null ? null : pastEdition.slug()));
        LOG.infof("Demo fair '%s' loaded: edition %s with %d event days, %d exhibitors, %d booths, %d talks%s", s.slug(),
                current.slug(), data.eventDays().size(), data.exhibitors().size(), data.booths().size(),
                data.talks().size(), pastEdition == null ? "" : "; archived edition " + pastEdition.slug());
        return true;
    }

    /** An edition named after the year of its first day, spanning its event days. */
    private EditionRef edition(LocalDate firstDay, List<DemoData.Day> days) {
        int lastOffset = days.stream().mapToInt(DemoData.Day::dayOffset).max().orElse(0);
        String year = Integer.toString(firstDay.getYear());
        editions.create(new NewEdition(year, "Ausgabe " + year, firstDay, addWorkingDays(firstDay, lastOffset), null, null,
                false, List.of()));
        return editions.bySlug(year).orElseThrow();
    }

    private Map<String, Long> eventDays(EditionRef edition, LocalDate firstDay, List<DemoData.Day> days) {
        Map<String, Long> ids = new HashMap<>();
        for (DemoData.Day day : days) {
            ids.put(day.key(), fair.createEventDay(edition.id(), new NewEventDay(addWorkingDays(firstDay, day.dayOffset()),
                    day.hostRegion(), day.title(), day.description(), day.titleEn(), day.descriptionEn())));
        }
        return ids;
    }

    private void booth(EditionRef edition, DemoData.BoothEntry b, String tagline, long dayId) {
        BoothContent content = new BoothContent(b.name(), tagline, b.description(), b.topicFields(), dayId, b.tags(),
                b.links(), null, null, b.services(), b.experts(), null)
                // Last year's tagline differs from this year's, and so would its English version
                .withTranslations(b.nameEn(), Objects.equals(tagline, b.tagline()) ? b.taglineEn() : null,
                        b.descriptionEn(), b.easySummary());
        booths.createBooth(edition, new NewBooth(b.slug(), b.exhibitor(), content, b.featured(), b.tileSize(),
                b.hallOrder(), BoothStatus.PUBLISHED));
    }

    /** The booth's documents, stored like uploads and shown at once. */
    private void materials(EditionRef edition, DemoData.BoothEntry b) {
        for (DemoData.MaterialEntry m : Objects.requireNonNullElse(b.materials(), List.<DemoData.MaterialEntry>of())) {
            withFile(DemoPdf.page(m.title(), m.lines()), m.fileName(),
                    file -> {
                        materials.addShown(edition, b.slug(), file, m.fileName(), m.title());
                        return null;
                    });
        }
    }

    /** Hands the bytes to {@code use} as a temporary file, which is removed afterwards. */
    private static <T> T withFile(byte[] bytes, String fileName, Function<Path, T> use) {
        try {
            Path file = Files.createTempFile("demo", fileName.substring(fileName.lastIndexOf('.')));
            try {
                Files.write(file, bytes);
                return use.apply(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Demo file " + fileName + " could not be written", e);
        }
    }

    /** Stores a drawn picture as an image of the fair; returns its id. */
    private long image(byte[] png, String fileName) {
        return withFile(png, fileName, file -> images.store(file, fileName, "demo").id());
    }

    /**
     * A profile with an illustrated portrait and a short bio for every speaker of the demo programme (the talks
     * then find them by name and organisation).
     */
    private void speakerProfiles(DemoData data) {
        Map<String, DemoData.Speaker> distinct = new LinkedHashMap<>();
        Map<String, String> firstTalk = new HashMap<>();
        List<DemoData.TalkEntry> all = new ArrayList<>(data.talks());
        if (data.pastEdition() != null) {
            all.addAll(data.pastEdition().talks());
        }
        for (DemoData.TalkEntry t : all) {
            for (DemoData.Speaker sp : t.speakers()) {
                String key = sp.name() + "|" + sp.organisation();
                distinct.putIfAbsent(key, sp);
                firstTalk.putIfAbsent(key, t.title());
            }
        }
        int seed = 0;
        for (Map.Entry<String, DemoData.Speaker> entry : distinct.entrySet()) {
            DemoData.Speaker sp = entry.getValue();
            long photo = image(DemoImages.portrait(seed++), "portrait-" + seed + ".png");
            String talk = firstTalk.get(entry.getKey());
            speakers.create(new SpeakerInput(sp.name(), sp.organisation(), sp.role(),
                    sp.name() + " ist " + sp.role() + (sp.organisation() == null ? "" : " bei " + sp.organisation())
                            + " und spricht auf der Messe über „" + talk + "“. Schwerpunkte: Nachnutzung, "
                            + "nutzerfreundliche Online-Dienste und die Zusammenarbeit zwischen Kommunen.",
                    sp.name() + " works in local government (" + sp.role() + (sp.organisation() == null ? ""
                            : ", " + sp.organisation()) + ") and speaks at the fair about \"" + talk + "\".",
                    photo, "Gezeichnetes Porträt (Platzhalter) von " + sp.name(), null));
        }
    }

    /** Key visual, organiser and partner logos, and a picture for each stage of the current edition. */
    private void branding(EditionRef current, List<DemoData.StageEntry> stageEntries) {
        long keyVisual = image(DemoImages.keyVisual(), "key-visual.png");
        String[][] logos = {
            {"ORGANISER", "Geschäftsstelle Kommunalmesse (Demo)", "#003a5c"},
            {"ORGANISER", "Arbeitsgemeinschaft Digitale Modellregionen (Demo)", "#8a1538"},
            {"PARTNER", "Kommunal-IT Beispielland (Demo)", "#2f5d3a"},
            {"PARTNER", "Offene Verwaltung Software GmbH (Demo)", "#4b3a78"},
            {"PARTNER", "Hochschule Hellweg (Demo)", "#00566e"},
            {"PARTNER", "Netzwerk Barrierefreie Verwaltung (Demo)", "#8a4b00"},
        };
        List<LogoInput> inputs = new ArrayList<>();
        for (int i = 0; i < logos.length; i++) {
            long id = image(DemoImages.logo(i, Color.decode(logos[i][2])), "logo-" + i + ".png");
            inputs.add(new LogoInput(LogoKind.valueOf(logos[i][0]), id, "Logo: " + logos[i][1], null));
        }
        branding.update(new BrandingUpdate(keyVisual,
                "Messehalle in Blau mit bunten Ständen: Key Visual der Kommunalmesse", null, null, inputs,
                branding.branding().version()));
        for (int i = 0; i < stageEntries.size(); i++) {
            DemoData.StageEntry stage = stageEntries.get(i);
            long picture = image(DemoImages.stage(i), "stage-" + stage.key() + ".png");
            stages.setPicture(current, stage.key(), new PictureUpdate(picture,
                    "Illustration der " + stage.name() + ": Podium vor großer Leinwand, davor Sitzreihen"));
        }
    }

    /** Slides of a talk that is over: a one-page PDF with its title and abstract. */
    private void slides(long talkId, DemoData.TalkEntry t) {
        withFile(DemoPdf.page("Folien: " + t.title(), List.of("Vortrag auf der Kommunalmesse", "",
                        t.summary().length() > 90 ? t.summary().substring(0, 90) + " …" : t.summary())),
                "folien-" + t.key() + ".pdf",
                file -> archive.addDemoSlides(talkId, file, "folien-" + t.key() + ".pdf", "Folien: " + t.title()));
    }

    private void reuseRequests(EditionRef edition, LocalDate firstDay, List<DemoData.ReuseRequestEntry> entries) {
        for (DemoData.ReuseRequestEntry r : entries) {
            reuse.seed(edition, r.booth(), r.service(), new ReuseSeed(r.requester(), r.requesterName(), r.requesterEmail(),
                    r.organisation(), OrganisationType.fromCode(r.organisationType()), r.ags(), r.inhabitants(),
                    r.timeFrame(), r.questions(), ReuseStatus.fromCode(r.status()), r.reason(), r.notes(),
                    r.nextDateOffset() == null ? null : firstDay.plusDays(r.nextDateOffset()), r.assignee(),
                    r.adoptedYearsAgo() == null ? null : firstDay.getYear() - r.adoptedYearsAgo(), "Standteam"));
        }
    }

    /**
     * A few ratings of the archived edition's first talks by made-up visitors (no demo login among them, so that
     * the demo users can still rate every talk themselves).
     */
    private void demoRatings(List<Long> pastTalks) {
        String[][] ratings = {
            {"5", "Sehr praxisnah, die Beispiele aus dem Kreis haben mir für unser eigenes Projekt geholfen."},
            {"4", "Gut strukturiert; etwas mehr Zeit für Fragen wäre schön gewesen."},
            {"3", null},
            {"4", "Die Folien waren hilfreich, bitte auch zum Nachlesen bereitstellen."},
            {"5", null},
        };
        for (int t = 0; t < Math.min(3, pastTalks.size()); t++) {
            for (int r = t; r < ratings.length; r++) {
                feedback.addDemoRating(pastTalks.get(t), "demo-teilnehmende-" + (r + 1), "Teilnehmerin " + (r + 1),
                        Integer.parseInt(ratings[r][0]), ratings[r][1], Duration.ofMinutes(5L + 7L * r));
            }
        }
    }

    /**
     * The demo visitor ({@code besucher}) followed three of last year's talks live, so that "Teilnahmebescheinigung"
     * has something to certify on first start (in a real installation attendance comes only from the live stage).
     */
    private void demoAttendance(List<Long> pastTalks) {
        int[] minutes = {40, 25, 55};
        for (int t = 0; t < Math.min(minutes.length, pastTalks.size()); t++) {
            attendance.addDemoAttendance(pastTalks.get(t), "besucher", "Bea Sucher", minutes[t] * 60);
        }
    }

    private List<Long> talks(List<DemoData.TalkEntry> talks, Map<String, Long> dayIds) {
        List<Long> ids = new ArrayList<>();
        for (DemoData.TalkEntry t : talks) {
            long id = programme.createTalk(new NewTalk(required(dayIds, t.eventDay()), t.stage(),
                    LocalTime.parse(t.start()), LocalTime.parse(t.end()), TalkType.fromCode(t.type()), t.title(),
                    t.summary(), t.topicField(), t.language(),
                    t.speakers().stream().map(sp -> new SpeakerView(sp.name(), sp.organisation(), sp.role())).toList(),
                    Objects.requireNonNullElse(t.booths(), List.of()), t.titleEn(), t.summaryEn(), t.easySummary()));
            ids.add(id);
            if (t.recording()) {
                captions.importCaptions(id, text(DEMO_CAPTIONS), "demo");
                slides(id, t);
            }
            if (t.recording() || (t.faq() != null && !t.faq().isEmpty())) {
                programme.addArchive(id, t.recording() ? DEMO_RECORDING : null,
                        Objects.requireNonNullElse(t.faq(), List.<DemoData.Faq>of()).stream()
                                .map(f -> new FaqItem(f.question(), f.answer())).toList());
            }
        }
        return ids;
    }

    private static String text(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return new String(Objects.requireNonNull(in, resource).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Demo resource " + resource + " cannot be read", e);
        }
    }

    private DemoData read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Demo data resource not found: " + resource);
            }
            return json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(in, DemoData.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Demo data in " + resource + " cannot be read", e);
        }
    }

    private static long required(Map<String, Long> ids, String key) {
        Long id = ids.get(key);
        if (id == null) {
            throw new IllegalStateException("Demo data refers to unknown event day " + key);
        }
        return id;
    }

    static LocalDate addWorkingDays(LocalDate start, int days) {
        LocalDate date = start;
        int added = 0;
        while (added < days) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return date;
    }
}
