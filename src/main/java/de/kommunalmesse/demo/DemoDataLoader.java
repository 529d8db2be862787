package de.kommunalmesse.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kommunalmesse.booth.BoothContent;
import de.kommunalmesse.booth.BoothService;
import de.kommunalmesse.booth.BoothStatus;
import de.kommunalmesse.booth.BoothViews.NewBooth;
import de.kommunalmesse.booth.BoothViews.NewExhibitor;
import de.kommunalmesse.booth.OrganisationType;
import de.kommunalmesse.fair.FairService;
import de.kommunalmesse.fair.FairViews.NewEventDay;
import de.kommunalmesse.fair.FairViews.NewSeries;
import de.kommunalmesse.stage.ProgrammeService;
import de.kommunalmesse.stage.ProgrammeViews.NewStage;
import de.kommunalmesse.stage.ProgrammeViews.NewTalk;
import de.kommunalmesse.stage.ProgrammeViews.SpeakerView;
import de.kommunalmesse.stage.TalkType;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
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

    @Inject
    DemoDataConfig config;

    @Inject
    FairService fair;

    @Inject
    BoothService booths;

    @Inject
    ProgrammeService programme;

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
        long seriesId = fair.createSeries(new NewSeries(s.slug(), s.title(), s.subtitle(), s.description(), s.organisers()));

        LocalDate firstDay = LocalDate.now(clock.withZone(ProgrammeService.FAIR_ZONE));
        Map<String, Long> dayIds = new HashMap<>();
        for (DemoData.Day day : data.eventDays()) {
            LocalDate date = addWorkingDays(firstDay, day.dayOffset());
            dayIds.put(day.key(), fair.createEventDay(seriesId,
                    new NewEventDay(date, day.hostRegion(), day.title(), day.description())));
        }
        data.stages().forEach(stage -> programme.createStage(seriesId, new NewStage(stage.key(), stage.name())));
        for (DemoData.ExhibitorEntry e : data.exhibitors()) {
            String region = "other".equals(e.region()) ? null : e.region();
            booths.createExhibitor(new NewExhibitor(e.slug(), e.name(), OrganisationType.fromCode(e.type()), region,
                    e.website(), e.staff()));
        }
        int boothCount = 0;
        for (DemoData.BoothEntry b : data.booths()) {
            BoothContent content = new BoothContent(b.name(), b.tagline(), b.description(), b.topicFields(),
                    required(dayIds, b.eventDay()), b.tags(), b.links(), null, null, b.services(), b.experts(), null);
            booths.createBooth(new NewBooth(b.slug(), b.exhibitor(), content, b.featured(), b.tileSize(), b.hallOrder(),
                    BoothStatus.PUBLISHED));
            boothCount++;
        }
        for (DemoData.TalkEntry t : data.talks()) {
            programme.createTalk(seriesId, new NewTalk(required(dayIds, t.eventDay()), t.stage(),
                    LocalTime.parse(t.start()), LocalTime.parse(t.end()), TalkType.fromCode(t.type()), t.title(),
                    t.summary(), t.topicField(), t.language(),
                    t.speakers().stream().map(sp -> new SpeakerView(sp.name(), sp.organisation(), sp.role())).toList(),
                    Objects.requireNonNullElse(t.booths(), List.of())));
        }
        LOG.infof("Demo fair '%s' loaded: %d event days, %d exhibitors, %d booths, %d talks", s.slug(),
                data.eventDays().size(), data.exhibitors().size(), boothCount, data.talks().size());
        return true;
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
