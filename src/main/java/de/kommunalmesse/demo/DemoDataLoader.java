package de.kommunalmesse.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kommunalmesse.booth.BoothContent;
import de.kommunalmesse.booth.BoothService;
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
import de.kommunalmesse.fair.FairService;
import de.kommunalmesse.fair.FairViews.NewEventDay;
import de.kommunalmesse.fair.FairViews.NewSeries;
import de.kommunalmesse.stage.ProgrammeService;
import de.kommunalmesse.stage.ProgrammeService.FaqItem;
import de.kommunalmesse.stage.ProgrammeViews.NewStage;
import de.kommunalmesse.stage.ProgrammeViews.NewTalk;
import de.kommunalmesse.stage.ProgrammeViews.SpeakerView;
import de.kommunalmesse.stage.StageService;
import de.kommunalmesse.stage.StageViews.StreamUpdate;
import de.kommunalmesse.stage.StreamKind;
import de.kommunalmesse.stage.TalkType;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
     * (frontend/public/media/demo, made by frontend/scripts/make-demo-video.sh): the stages' stream and the
     * recordings of the talks already over.
     */
    static final String DEMO_VIDEO = "/media/demo/buehne.m3u8";

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
    EditionService editions;

    @Inject
    FeedbackService feedback;

    @Inject
    AttendanceService attendance;

    @Inject
    Event<DemoDataLoaded> loaded;

    @Inject
    Clock clock;

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

        DemoData.PastEdition past = data.pastEdition();
        EditionRef pastEdition = null;
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
            demoRatings(pastTalks);
            demoAttendance(pastTalks);
        }
        EditionRef current = edition(firstDay, data.eventDays());
        Map<String, Long> dayIds = eventDays(current, firstDay, data.eventDays());
        data.stages().forEach(stage -> programme.createStage(current.id(), new NewStage(stage.key(), stage.name(), stage.nameEn())));
        data.stages().forEach(stage -> stages.setStream(current, stage.key(), new StreamUpdate(StreamKind.HLS, DEMO_VIDEO,
                null, null, stages.stage(current, stage.key()).version())));
        for (DemoData.BoothEntry b : data.booths()) {
            booth(current, b, b.tagline(), required(dayIds, b.eventDay()));
            materials(current, b);
        }
        talks(data.talks(), dayIds);
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
            try {
                Path file = Files.createTempFile("demo-material", ".pdf");
                try {
                    Files.write(file, DemoPdf.page(m.title(), m.lines()));
                    materials.addShown(edition, b.slug(), file, m.fileName(), m.title());
                } finally {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Demo material " + m.fileName() + " could not be written", e);
            }
        }
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
            if (t.recording() || (t.faq() != null && !t.faq().isEmpty())) {
                programme.addArchive(id, t.recording() ? DEMO_VIDEO : null,
                        Objects.requireNonNullElse(t.faq(), List.<DemoData.Faq>of()).stream()
                                .map(f -> new FaqItem(f.question(), f.answer())).toList());
            }
        }
        return ids;
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
