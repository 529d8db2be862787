package de.kommunalmesse.booth;

import de.kommunalmesse.common.CsvText;
import de.kommunalmesse.common.SqlValues;
import de.kommunalmesse.fair.EditionViews.EditionRef;
import de.kommunalmesse.fair.FairService;
import de.kommunalmesse.fair.FairViews.EventDayView;
import de.kommunalmesse.fair.FairViews.RegionView;
import de.kommunalmesse.fair.FairViews.TopicFieldView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The organiser's view of reuse (docs/reuse.md) for one edition: per host region (of the exhibitor), topic field
 * (of the service) and event day (of the booth) the services shown, reuse requests, agreements, adoptions and the
 * median days from request to adoption; the same as CSV.
 */
@ApplicationScoped
@Transactional
public class ReuseReport {

    private static final Set<String> AGREED = Set.of("vereinbarung", "in-einfuehrung", "nachgenutzt");

    @Inject
    EntityManager em;

    @Inject
    FairService fair;

    @Inject
    BoothAccess access;

    @Schema(name = "ReuseReportRow")
    public record Row(@Schema(examples = "soest") String key, @Schema(examples = "Digitale Modellregion Soest") String label,
            long services, long requests, long agreements, long adoptions,
            @Schema(description = "Median days from request to adoption; null without adoptions") Double medianDaysToAdoption) {
    }

    @Schema(name = "ReuseReport")
    public record Report(String edition, Row total, List<Row> byRegion, List<Row> byTopicField, List<Row> byEventDay) {
    }

    /** One service or request with the three keys it is counted under. */
    private record Item(String region, String topic, String day, String status, Double daysToAdoption) {
    }

    /** The report of the edition (admins only). */
    @SuppressWarnings("unchecked")
    public Report report(EditionRef edition) {
        access.requireAdmin();
        List<Item> services = new ArrayList<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("SELECT e.region_code, o.topic_field_code, b.event_day_id"
                + " FROM reuse_offer o JOIN booth b ON b.id = o.booth_id JOIN exhibitor e ON e.id = b.exhibitor_id"
                + " WHERE b.edition_id = ?1 AND b.status = 'PUBLISHED'").setParameter(1, edition.id()).getResultList()) {
            services.add(new Item((String) row[0], (String) row[1], Objects.toString(row[2], null), null, null));
        }
        List<Item> requests = new ArrayList<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("SELECT e.region_code,"
                + " (SELECT o.topic_field_code FROM reuse_offer o WHERE o.booth_id = r.booth_id AND o.service_key = r.service_key LIMIT 1),"
                + " b.event_day_id, r.status, r.created_at,"
                + " (SELECT MIN(v.at) FROM reuse_request_event v WHERE v.request_id = r.id AND v.to_status = 'nachgenutzt')"
                + " FROM reuse_request r JOIN booth b ON b.id = r.booth_id JOIN exhibitor e ON e.id = b.exhibitor_id"
                + " WHERE b.edition_id = ?1 AND r.status <> 'zurueckgezogen'").setParameter(1, edition.id()).getResultList()) {
            Instant created = SqlValues.instant(row[4]);
            Instant adopted = SqlValues.instant(row[5]);
            Double days = adopted == null || created == null ? null
                    : Duration.between(created, adopted).toMinutes() / (24.0 * 60);
            requests.add(new Item((String) row[0], (String) row[1], Objects.toString(row[2], null), (String) row[3],
                    "nachgenutzt".equals(row[3]) ? days : null));
        }
        Map<String, String> regions = fair.regions().values().stream()
                .collect(Collectors.toMap(RegionView::code, RegionView::name));
        Map<String, String> topics = fair.topicFields().values().stream()
                .collect(Collectors.toMap(TopicFieldView::code, TopicFieldView::name));
        Map<String, String> days = new LinkedHashMap<>();
        for (EventDayView day : fair.eventDaysOf(edition.id())) {
            days.put(String.valueOf(day.id()), day.date() + " – " + day.title());
        }
        return new Report(edition.slug(), row("total", "", services, requests),
                rows(services, requests, Item::region, regions),
                rows(services, requests, Item::topic, topics),
                rows(services, requests, Item::day, days));
    }

    /** The report as CSV: one line per dimension and key. */
    public String csv(EditionRef edition, Locale locale) {
        Report report = report(edition);
        boolean english = "en".equals(locale.getLanguage());
        CsvText csv = new CsvText().row(english
                ? List.of("dimension", "key", "label", "services", "requests", "agreements", "adoptions", "medianDaysToAdoption")
                : List.of("Dimension", "Schlüssel", "Bezeichnung", "Dienste", "Anfragen", "Vereinbarungen", "Nachnutzungen",
                        "Median Tage bis Nachnutzung"));
        line(csv, english ? "total" : "gesamt", report.total());
        report.byRegion().forEach(row -> line(csv, english ? "region" : "Region", row));
        report.byTopicField().forEach(row -> line(csv, english ? "topicField" : "Themenfeld", row));
        report.byEventDay().forEach(row -> line(csv, english ? "eventDay" : "Veranstaltungstag", row));
        return csv.toString();
    }

    private static void line(CsvText csv, String dimension, Row row) {
        csv.row(dimension, row.key(), row.label(), Long.toString(row.services()), Long.toString(row.requests()),
                Long.toString(row.agreements()), Long.toString(row.adoptions()),
                row.medianDaysToAdoption() == null ? "" : String.format(Locale.ROOT, "%.1f", row.medianDaysToAdoption()));
    }

    private static List<Row> rows(List<Item> services, List<Item> requests, Function<Item, String> key,
            Map<String, String> labels) {
        Map<String, List<Item>> serviceGroups = services.stream()
                .collect(Collectors.groupingBy(item -> Objects.toString(key.apply(item), "-")));
        Map<String, List<Item>> requestGroups = requests.stream()
                .collect(Collectors.groupingBy(item -> Objects.toString(key.apply(item), "-")));
        List<String> keys = new ArrayList<>(labels.keySet());
        serviceGroups.keySet().stream().filter(k -> !keys.contains(k)).sorted().forEach(keys::add);
        requestGroups.keySet().stream().filter(k -> !keys.contains(k)).sorted().forEach(keys::add);
        return keys.stream()
                .filter(k -> serviceGroups.containsKey(k) || requestGroups.containsKey(k))
                .map(k -> row(k, labels.getOrDefault(k, "-".equals(k) ? "" : k), serviceGroups.getOrDefault(k, List.of()),
                        requestGroups.getOrDefault(k, List.of())))
                .toList();
    }

    private static Row row(String key, String label, List<Item> services, List<Item> requests) {
        List<Double> durations = requests.stream().map(Item::daysToAdoption).filter(Objects::nonNull)
                .sorted(Comparator.naturalOrder()).toList();
        Double median = durations.isEmpty() ? null
                : durations.size() % 2 == 1 ? durations.get(durations.size() / 2)
                : (durations.get(durations.size() / 2 - 1) + durations.get(durations.size() / 2)) / 2;
        return new Row(key, label, services.size(), requests.size(),
                requests.stream().filter(r -> AGREED.contains(r.status())).count(),
                requests.stream().filter(r -> "nachgenutzt".equals(r.status())).count(), median);
    }
}
