package de.kommunalmesse.insights;

import de.kommunalmesse.booth.BoothService;
import de.kommunalmesse.common.DemoDataLoaded;
import de.kommunalmesse.fair.EditionService;
import de.kommunalmesse.fair.EditionViews.EditionRef;
import de.kommunalmesse.fair.FairService;
import de.kommunalmesse.fair.FairViews.EventDayView;
import de.kommunalmesse.stage.ProgrammeViews.TalkSummary;
import de.kommunalmesse.stage.ProgrammeService;
import de.kommunalmesse.stage.TalkQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Plausible figures for the demo fair, so that the booth analytics and the dashboard show something on first start:
 * the counters of every published booth for the event days up to today (today's from 8 to 17 o'clock), the whole
 * edition's sums, and the viewers of the talks that have ended. Drawn from a generator seeded per booth, so every
 * demo start looks alike; booths differ in how popular they are.
 */
@ApplicationScoped
public class DemoFigures {

    /** How busy each hour of a fair day is (8 to 17 o'clock), relative to the busiest. */
    private static final double[] HOURS = { 0.3, 0.7, 1.0, 0.9, 0.6, 0.8, 0.9, 0.7, 0.5, 0.3 };
    private static final int FIRST_HOUR = 8;

    @Inject
    Counters counters;

    @Inject
    EditionService editions;

    @Inject
    FairService fair;

    @Inject
    BoothService booths;

    @Inject
    ProgrammeService programme;

    @Inject
    Clock clock;

    void load(@Observes DemoDataLoaded loaded) {
        editions.currentIfAny().ifPresent(this::figures);
        if (loaded.pastEdition() != null) {
            editions.bySlug(loaded.pastEdition()).ifPresent(this::figures);
        }
    }

    private void figures(EditionRef edition) {
        LocalDate today = counters.today();
        List<Long> boothIds = booths.publishedBoothIds(edition.id());
        for (EventDayView day : fair.eventDaysOf(edition.id())) {
            if (day.date().isAfter(today)) {
                continue;
            }
            for (int h = 0; h < HOURS.length; h++) {
                int hour = FIRST_HOUR + h;
                Map<Metric, Long> edition0 = new EnumMap<>(Metric.class);
                for (long boothId : boothIds) {
                    Random random = new Random(boothId * 31 + day.date().toEpochDay() * 7 + h);
                    double popularity = 0.4 + new Random(boothId).nextDouble() * 1.4;
                    long visits = Math.round(HOURS[h] * popularity * (10 + random.nextInt(8)));
                    long visitors = Math.round(visits * (0.55 + random.nextDouble() * 0.2));
                    long talk = Math.round(visits * 0.15);
                    long programmeVisits = Math.round(visits * 0.15);
                    long hall = Math.round(visits * 0.45);
                    long messages = Math.round(visits * (0.05 + random.nextDouble() * 0.15));
                    long conversations = messages / 4;
                    long answered = Math.round(conversations * 0.85);
                    Map<Metric, Long> counts = new EnumMap<>(Metric.class);
                    counts.put(Metric.VISITS, visits);
                    counts.put(Metric.VISITORS, visitors);
                    counts.put(Metric.SOURCE_HALL, hall);
                    counts.put(Metric.SOURCE_TALK, talk);
                    counts.put(Metric.SOURCE_PROGRAMME, programmeVisits);
                    counts.put(Metric.SOURCE_DIRECT, Math.max(0, visits - hall - talk - programmeVisits));
                    counts.put(Metric.DOWNLOADS, Math.round(visits * (0.05 + random.nextDouble() * 0.1)));
                    counts.put(Metric.CHAT_MESSAGES, messages);
                    counts.put(Metric.CONVERSATIONS, conversations);
                    counts.put(Metric.ANSWERED, answered);
                    counts.put(Metric.ANSWER_SECONDS, answered * (90 + random.nextInt(400)));
                    counts.put(Metric.CONTACT_REQUESTS, random.nextInt(10) < 3 ? 1L : 0L);
                    counts.put(Metric.REUSE_REQUESTS, random.nextInt(10) < 1 ? 1L : 0L);
                    counts.put(Metric.MEETINGS, random.nextInt(10) < 2 ? 1L : 0L);
                    counts.forEach((metric, amount) -> {
                        if (amount > 0) {
                            counters.add(edition.id(), boothId, day.date(), hour, metric, amount);
                            edition0.merge(metric, amount, Long::sum);
                        }
                    });
                }
                // People visit several booths: the platform's visitors are fewer than the booths' added up
                edition0.computeIfPresent(Metric.VISITORS, (metric, sum) -> Math.round(sum * 0.45));
                edition0.forEach((metric, amount) -> counters.add(edition.id(), Counters.EDITION, day.date(), hour,
                        metric, amount));
            }
            attendance(edition, day);
        }
    }

    /** Viewers per minute of the day's talks that have ended: rising in the first minutes, falling off at the end. */
    private void attendance(EditionRef edition, EventDayView day) {
        TalkQuery query = new TalkQuery();
        query.day = day.id();
        for (TalkSummary talk : programme.talks(edition, query)) {
            if (talk.end().toInstant().isAfter(clock.instant())) {
                continue;
            }
            Random random = new Random(talk.id());
            int audience = 20 + random.nextInt(90);
            LocalDateTime start = LocalDateTime.ofInstant(talk.start().toInstant(), ZoneOffset.UTC).withSecond(0).withNano(0);
            long minutes = Duration.between(talk.start(), talk.end()).toMinutes();
            for (int m = 0; m < minutes; m++) {
                double shape = Math.min(1.0, (m + 1) / 5.0) * (m > minutes - 5 ? 0.8 : 1.0);
                counters.sampleTalkAt(talk.id(), start.plusMinutes(m), (int) Math.round(audience * shape * (0.9 + random.nextDouble() * 0.2)));
            }
        }
    }
}
