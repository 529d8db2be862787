package de.kommunalmesse.insights;

import de.kommunalmesse.booth.BoothService;
import de.kommunalmesse.booth.BoothViews.BoothHandle;
import de.kommunalmesse.common.CsvText;
import de.kommunalmesse.common.Messages;
import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.common.SqlValues;
import de.kommunalmesse.fair.EditionViews.EditionRef;
import de.kommunalmesse.identity.Caller;
import de.kommunalmesse.insights.InsightsViews.BoothAnalytics;
import de.kommunalmesse.insights.InsightsViews.ChatResponse;
import de.kommunalmesse.insights.InsightsViews.DayFigures;
import de.kommunalmesse.insights.InsightsViews.Figures;
import de.kommunalmesse.insights.InsightsViews.HourFigures;
import de.kommunalmesse.insights.InsightsViews.Sources;
import de.kommunalmesse.insights.InsightsViews.VisitReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Booth analytics for the booth's team and admins: counters per day and hour, where visitors came from, how the team
 * answered, and the hall's median beside them. Every count between 1 and the threshold leaves the server as null
 * ("< 5"), in JSON and CSV alike.
 */
@ApplicationScoped
@Transactional
public class BoothInsights {

    /** The longest period one request may ask for. */
    static final int MAX_DAYS = 400;

    private static final List<Metric> FIGURES = List.of(Metric.VISITS, Metric.VISITORS, Metric.DOWNLOADS,
            Metric.CHAT_MESSAGES, Metric.CONVERSATIONS, Metric.ANSWERED, Metric.CONTACT_REQUESTS,
            Metric.REUSE_REQUESTS, Metric.MEETINGS);

    @Inject
    EntityManager em;

    @Inject
    Counters counters;

    @Inject
    BoothService booths;

    @Inject
    Caller caller;

    @Inject
    InsightsConfig config;

    @Inject
    Messages messages;

    /**
     * Counts a visit: of a published booth (with where the visitor came from) or, without booth, of the platform.
     * The visitor is recognised again on the same day only, by their login or the web app's session id.
     */
    public void visit(EditionRef edition, VisitReport report) {
        String visitor = caller.loggedIn() ? "user:" + caller.username()
                : report.session() == null ? null : "session:" + report.session();
        if (report.booth() != null) {
            BoothHandle booth = booths.publishedBoothHandle(edition, report.booth());
            counters.count(edition.id(), booth.id(), Metric.VISITS, 1);
            counters.count(edition.id(), booth.id(), report.source().metric, 1);
            if (visitor != null && counters.firstSeenToday(booth.id(), visitor)) {
                counters.add(edition.id(), booth.id(), counters.today(), counters.now().getHour(), Metric.VISITORS, 1);
            }
        }
        if (visitor != null && counters.firstSeenToday(Counters.EDITION, visitor)) {
            counters.add(edition.id(), Counters.EDITION, counters.today(), counters.now().getHour(), Metric.VISITORS, 1);
        }
    }

    /**
     * The booth's figures from {@code from} to {@code to} (both included; the edition's dates when left out) and
     * those of {@code day} per hour (today, or the last day of the period when today lies outside). The booth's
     * staff and admins only.
     */
    public BoothAnalytics analytics(EditionRef edition, String slug, LocalDate from, LocalDate to, LocalDate day) {
        BoothHandle booth = booths.editableBooth(edition, slug);
        LocalDate today = counters.today();
        LocalDate first = from != null ? from : edition.startsOn();
        LocalDate last = to != null ? to : edition.endsOn();
        if (from == null && to == null && ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            // An edition that spans years (a test fair, a standing exhibition): the last four weeks up to today
            last = today.isBefore(first) ? first : today.isAfter(last) ? last : today;
            first = last.minusDays(27).isBefore(first) ? first : last.minusDays(27);
        }
        if (last.isBefore(first)) {
            throw ProblemException.badRequest("insights.rangeReversed", first, last).at("to");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw ProblemException.badRequest("insights.rangeTooLong", MAX_DAYS).at("to");
        }
        LocalDate hoursOf = day != null ? day : today.isBefore(first) || today.isAfter(last) ? last : today;
        if (hoursOf.isBefore(first) || hoursOf.isAfter(last)) {
            throw ProblemException.badRequest("insights.dayOutside", hoursOf, first, last).at("day");
        }

        Map<LocalDate, Map<Metric, Long>> perDay = new HashMap<>();
        for (Object[] row : rows("SELECT day, metric, SUM(amount) FROM insight_count WHERE booth_id = ?1 AND edition_id = ?2 "
                + "AND day BETWEEN ?3 AND ?4 GROUP BY day, metric", booth.id(), edition.id(), first, last)) {
            Metric metric = Metric.of((String) row[1]);
            if (metric != null) {
                perDay.computeIfAbsent(SqlValues.date(row[0]), d -> new EnumMap<>(Metric.class)).put(metric, number(row[2]));
            }
        }
        Map<Metric, Long> totals = new EnumMap<>(Metric.class);
        perDay.values().forEach(m -> m.forEach((metric, n) -> totals.merge(metric, n, Long::sum)));
        List<DayFigures> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            days.add(new DayFigures(d, figures(perDay.getOrDefault(d, Map.of()))));
        }

        Map<Integer, Map<Metric, Long>> perHour = new HashMap<>();
        for (Object[] row : rows("SELECT hour, metric, amount FROM insight_count WHERE booth_id = ?1 AND edition_id = ?2 "
                + "AND day = ?3 AND metric IN ('visits', 'visitors')", booth.id(), edition.id(), hoursOf)) {
            perHour.computeIfAbsent(((Number) row[0]).intValue(), h -> new EnumMap<>(Metric.class))
                    .put(Metric.of((String) row[1]), number(row[2]));
        }
        List<HourFigures> hours = new ArrayList<>();
        for (int hour = 0; hour < 24; hour++) {
            Map<Metric, Long> counts = perHour.getOrDefault(hour, Map.of());
            hours.add(new HourFigures(hour, shown(counts.getOrDefault(Metric.VISITS, 0L)),
                    shown(counts.getOrDefault(Metric.VISITORS, 0L))));
        }

        List<Long> hall = booths.publishedBoothIds(edition.id());
        Map<Long, Map<Metric, Long>> perBooth = new HashMap<>();
        for (Object[] row : rows("SELECT booth_id, metric, SUM(amount) FROM insight_count WHERE edition_id = ?1 "
                + "AND booth_id <> 0 AND day BETWEEN ?2 AND ?3 GROUP BY booth_id, metric", edition.id(), first, last)) {
            Metric metric = Metric.of((String) row[1]);
            if (metric != null) {
                perBooth.computeIfAbsent(number(row[0]), b -> new EnumMap<>(Metric.class)).put(metric, number(row[2]));
            }
        }
        Map<Metric, Long> median = new EnumMap<>(Metric.class);
        for (Metric metric : FIGURES) {
            median.put(metric, median(hall.stream().map(id -> perBooth.getOrDefault(id, Map.of()).getOrDefault(metric, 0L))
                    .sorted().toList()));
        }

        long conversations = totals.getOrDefault(Metric.CONVERSATIONS, 0L);
        long answered = totals.getOrDefault(Metric.ANSWERED, 0L);
        int threshold = config.threshold();
        ChatResponse chat = new ChatResponse(
                conversations >= threshold ? (int) Math.round(100.0 * Math.min(answered, conversations) / conversations) : null,
                answered >= threshold ? (int) Math.round(totals.getOrDefault(Metric.ANSWER_SECONDS, 0L) / 60.0 / answered) : null);
        Sources sources = new Sources(shown(totals.getOrDefault(Metric.SOURCE_HALL, 0L)),
                shown(totals.getOrDefault(Metric.SOURCE_TALK, 0L)), shown(totals.getOrDefault(Metric.SOURCE_PROGRAMME, 0L)),
                shown(totals.getOrDefault(Metric.SOURCE_DIRECT, 0L)));
        return new BoothAnalytics(booth.slug(), edition.slug(), booth.name(), first, last, hoursOf, threshold,
                figures(totals), figures(median), hall.size(), days, hours, sources, chat);
    }

    /**
     * The days of {@link #analytics} as CSV: semicolon-separated, UTF-8 with byte order mark, header row in the
     * reader's language, suppressed counts as "< 5".
     */
    public String csv(EditionRef edition, String slug, LocalDate from, LocalDate to, Locale locale) {
        BoothAnalytics analytics = analytics(edition, slug, from, to, null);
        List<String> columns = List.of("day", "visits", "visitors", "downloads", "chatMessages", "conversations",
                "answered", "contactRequests", "reuseRequests", "meetings");
        CsvText csv = new CsvText().row(columns.stream().map(c -> messages.get(locale, "export.insights." + c)));
        String hidden = "< " + analytics.threshold();
        for (DayFigures day : analytics.days()) {
            Figures f = day.figures();
            csv.row(Stream.concat(Stream.of(day.day().toString()), Stream.of(f.visits(), f.visitors(), f.downloads(),
                    f.chatMessages(), f.conversations(), f.answered(), f.contactRequests(), f.reuseRequests(), f.meetings())
                    .map(n -> n == null ? hidden : n.toString())));
        }
        return csv.toString();
    }

    private Figures figures(Map<Metric, Long> counts) {
        return new Figures(shown(counts.getOrDefault(Metric.VISITS, 0L)), shown(counts.getOrDefault(Metric.VISITORS, 0L)),
                shown(counts.getOrDefault(Metric.DOWNLOADS, 0L)), shown(counts.getOrDefault(Metric.CHAT_MESSAGES, 0L)),
                shown(counts.getOrDefault(Metric.CONVERSATIONS, 0L)), shown(counts.getOrDefault(Metric.ANSWERED, 0L)),
                shown(counts.getOrDefault(Metric.CONTACT_REQUESTS, 0L)), shown(counts.getOrDefault(Metric.REUSE_REQUESTS, 0L)),
                shown(counts.getOrDefault(Metric.MEETINGS, 0L)));
    }

    /** The count as it may leave the server: null between 1 and the threshold. */
    Integer shown(long count) {
        return count > 0 && count < config.threshold() ? null : (int) Math.min(count, Integer.MAX_VALUE);
    }

    private static long median(List<Long> sorted) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : Math.round((sorted.get(middle - 1) + sorted.get(middle)) / 2.0);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
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
