package de.kommunalmesse.insights;

import de.kommunalmesse.booth.BoothService;
import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.common.SqlValues;
import de.kommunalmesse.fair.EditionViews.EditionRef;
import de.kommunalmesse.fair.EditionService;
import de.kommunalmesse.fair.FairService;
import de.kommunalmesse.fair.FairViews.EventDayView;
import de.kommunalmesse.identity.Caller;
import de.kommunalmesse.identity.Role;
import de.kommunalmesse.insights.InsightsViews.BoothVisits;
import de.kommunalmesse.insights.InsightsViews.Dashboard;
import de.kommunalmesse.insights.InsightsViews.DaySummary;
import de.kommunalmesse.insights.InsightsViews.StageNow;
import de.kommunalmesse.insights.InsightsViews.TalkAttendance;
import de.kommunalmesse.stage.ProgrammeService;
import de.kommunalmesse.stage.ProgrammeViews.TalkSummary;
import de.kommunalmesse.stage.StageService;
import de.kommunalmesse.stage.StageViews.StageView;
import de.kommunalmesse.stage.TalkQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The organiser dashboard: what is going on right now and per event day, read from the counters the insights keep
 * as things happen (and the viewer counts the chat shares between instances), never from the raw activity.
 */
@ApplicationScoped
@Transactional
public class DashboardService {

    private static final int BUSIEST = 5;

    @Inject
    EntityManager em;

    @Inject
    Counters counters;

    @Inject
    LiveFigures live;

    @Inject
    EditionService editions;

    @Inject
    BoothInsights boothInsights;

    @Inject
    BoothService booths;

    @Inject
    StageService stages;

    @Inject
    ProgrammeService programme;

    @Inject
    FairService fair;

    @Inject
    Caller caller;

    /** The dashboard of an edition; admins only. */
    public Dashboard dashboard(EditionRef edition) {
        if (!caller.hasRole(Role.ADMIN)) {
            throw ProblemException.forbidden("forbidden.insightsAdminOnly");
        }
        return figures(edition);
    }

    /**
     * The figures of the current edition, without asking who wants them: for the live push, which checked the role
     * when the admin began to watch.
     */
    public Optional<Dashboard> currentFigures() {
        return editions.currentIfAny().map(this::figures);
    }

    Dashboard figures(EditionRef edition) {
        LocalDate today = counters.today();
        List<StageNow> stagesNow = stages.stages(edition).stream().map(DashboardService::stageNow).toList();

        List<BoothVisits> busiest = new ArrayList<>();
        for (Object[] row : rows("SELECT booth_id, SUM(amount) AS n FROM insight_count WHERE edition_id = ?1 AND day = ?2 "
                + "AND metric = 'visits' AND booth_id <> 0 GROUP BY booth_id ORDER BY n DESC, booth_id LIMIT " + BUSIEST,
                edition.id(), today)) {
            booths.boothHandle(((Number) row[0]).longValue()).ifPresent(handle -> busiest.add(
                    new BoothVisits(handle.slug(), handle.name(), boothInsights.shown(((Number) row[1]).longValue()))));
        }

        Map<String, Long> todayCounts = new HashMap<>();
        for (Object[] row : rows("SELECT metric, SUM(amount) FROM insight_count WHERE edition_id = ?1 AND booth_id = 0 "
                + "AND day = ?2 GROUP BY metric", edition.id(), today)) {
            todayCounts.put((String) row[0], ((Number) row[1]).longValue());
        }

        List<DaySummary> days = days(edition);
        return new Dashboard(edition.slug(), live.onlineNow(), stagesNow, busiest,
                live.conversationsWaiting(edition.slug()),
                todayCounts.getOrDefault(Metric.CONTACT_REQUESTS.key, 0L), todayCounts.getOrDefault(Metric.REUSE_REQUESTS.key, 0L),
                live.reportsWaiting(), days);
    }

    /** Each event day of the edition: unique visitors, booth visits, and each talk's peak and average viewers. */
    List<DaySummary> days(EditionRef edition) {
        List<EventDayView> eventDays = fair.eventDaysOf(edition.id());
        Map<LocalDate, Map<String, Long>> perDay = new HashMap<>();
        if (!eventDays.isEmpty()) {
            for (Object[] row : rows("SELECT day, metric, SUM(amount) FROM insight_count WHERE edition_id = ?1 AND booth_id = 0 "
                    + "AND day BETWEEN ?2 AND ?3 AND metric IN ('visitors', 'visits') GROUP BY day, metric", edition.id(),
                    eventDays.get(0).date(), eventDays.get(eventDays.size() - 1).date())) {
                perDay.computeIfAbsent(SqlValues.date(row[0]), d -> new HashMap<>()).put((String) row[1],
                        ((Number) row[2]).longValue());
            }
        }
        List<DaySummary> days = new ArrayList<>();
        for (EventDayView day : eventDays) {
            TalkQuery query = new TalkQuery();
            query.day = day.id();
            List<TalkSummary> talks = programme.talks(edition, query);
            Map<Long, long[]> attendance = attendance(talks.stream().map(TalkSummary::id).toList());
            Map<String, Long> counts = perDay.getOrDefault(day.date(), Map.of());
            days.add(new DaySummary(day.id(), day.date(), day.title(), counts.getOrDefault("visitors", 0L),
                    counts.getOrDefault("visits", 0L), talks.stream().map(talk -> {
                        long[] seen = attendance.getOrDefault(talk.id(), new long[2]);
                        return new TalkAttendance(talk.id(), talk.title(), talk.stage() == null ? null : talk.stage().name(),
                                (int) seen[0], (int) seen[1]);
                    }).toList()));
        }
        return days;
    }

    /** Records the viewers of every talk running now on the edition's stages (called every few seconds). */
    void sampleAttendance(EditionRef edition) {
        for (StageView stage : stages.stages(edition)) {
            if (stage.current() != null) {
                counters.sampleTalk(stage.current().id(), stage.viewers());
            }
        }
    }

    /** Peak and rounded average viewers per talk, from the minutes sampled while it ran. */
    Map<Long, long[]> attendance(List<Long> talkIds) {
        Map<Long, long[]> result = new HashMap<>();
        if (talkIds.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT talk_id, MAX(viewers), ROUND(AVG(viewers)) FROM insight_talk_minute "
                + "WHERE talk_id IN (?1) GROUP BY talk_id").setParameter(1, talkIds).getResultList();
        for (Object[] row : rows) {
            result.put(((Number) row[0]).longValue(), new long[] { ((Number) row[1]).longValue(), ((Number) row[2]).longValue() });
        }
        return result;
    }

    private static StageNow stageNow(StageView stage) {
        return new StageNow(stage.key(), stage.name(), stage.viewers(), stage.current() == null ? null : stage.current().title());
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }
}
