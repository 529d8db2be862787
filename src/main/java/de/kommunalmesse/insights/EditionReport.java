package de.kommunalmesse.insights;

import de.kommunalmesse.booth.ReuseReport;
import de.kommunalmesse.booth.ReuseReport.Row;
import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.common.TaggedPdf;
import de.kommunalmesse.common.TalkRatings;
import de.kommunalmesse.common.TalkRatings.Rating;
import de.kommunalmesse.fair.EditionViews.EditionRef;
import de.kommunalmesse.fair.FairService;
import de.kommunalmesse.fair.FairViews.EventDayView;
import de.kommunalmesse.fair.FairViews.RegionView;
import de.kommunalmesse.insights.InsightsViews.DaySummary;
import de.kommunalmesse.insights.InsightsViews.TalkAttendance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

/**
 * The organiser's report of an edition, or of the days one host region hosted, as an accessible PDF
 * (docs/insights.md, "Reports (PDF)"): visitors and booth visits per event day, talks ranked by attendance and by
 * feedback, and reuse requests and adoptions. Admins only (the resource says so, the reuse report checks again).
 */
@ApplicationScoped
@Transactional
public class EditionReport {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    DashboardService dashboard;

    @Inject
    FairService fair;

    @Inject
    ReuseReport reuse;

    @Inject
    TalkRatings ratings;

    @Inject
    Clock clock;

    /** The report of the edition; with {@code hostRegion} only the event days that region hosted (400 when unknown). */
    public byte[] pdf(EditionRef edition, String hostRegion) {
        RegionView region = null;
        if (hostRegion != null && !hostRegion.isBlank()) {
            region = fair.regions().get(hostRegion);
            if (region == null) {
                throw ProblemException.badRequest("unknownRegion", hostRegion).at("hostRegion");
            }
        }
        String code = region == null ? null : region.code();
        Set<Long> hosted = fair.eventDaysOf(edition.id()).stream()
                .filter(day -> code == null || day.hostRegion() != null && code.equals(day.hostRegion().code()))
                .map(EventDayView::id).collect(Collectors.toSet());
        List<DaySummary> days = dashboard.days(edition).stream().filter(day -> hosted.contains(day.eventDayId())).toList();
        String title = "Messebericht " + edition.title() + (region == null ? "" : " – Gastgeberregion " + region.name());
        try (TaggedPdf pdf = new TaggedPdf(title, "Kennzahlen der Messe", "Kommunalmesse", clock.instant())) {
            pdf.block(StandardStructureTypes.H1, title, 20, 8);
            pdf.block(StandardStructureTypes.P, "Erstellt am " + DATE.format(clock.instant().atZone(BERLIN)) + ". "
                    + days.size() + (days.size() == 1 ? " Veranstaltungstag." : " Veranstaltungstage.")
                    + " Die Zahlen werden ohne Personenbezug gezählt.", 11, 12);

            pdf.block(StandardStructureTypes.H2, "Besuche pro Veranstaltungstag", 14, 6);
            List<List<String>> dayRows = new ArrayList<>();
            long visitors = 0;
            long visits = 0;
            for (DaySummary day : days) {
                dayRows.add(List.of(DATE.format(day.date()) + (day.title() == null ? "" : " – " + day.title()),
                        Long.toString(day.visitors()), Long.toString(day.boothVisits()), Integer.toString(day.talks().size())));
                visitors += day.visitors();
                visits += day.boothVisits();
            }
            dayRows.add(List.of("Summe", Long.toString(visitors), Long.toString(visits),
                    Integer.toString(days.stream().mapToInt(d -> d.talks().size()).sum())));
            pdf.table(List.of("Tag", "Besucherinnen und Besucher", "Standbesuche", "Vorträge"), dayRows,
                    new float[] { 5, 3, 2, 2 }, 10, 4);
            pdf.block(StandardStructureTypes.P, "Besucherinnen und Besucher: je Tag einmal gezählt; die Summe zählt "
                    + "eine Person, die an mehreren Tagen kam, mehrfach.", 9, 14);

            List<TalkAttendance> talks = days.stream().flatMap(day -> day.talks().stream()).toList();
            pdf.block(StandardStructureTypes.H2, "Vorträge nach Zuschauenden", 14, 6);
            if (talks.isEmpty()) {
                pdf.block(StandardStructureTypes.P, "Keine Vorträge.", 10, 14);
            } else {
                List<TalkAttendance> byViewers = talks.stream()
                        .sorted(Comparator.comparingInt(TalkAttendance::peakViewers).reversed()
                                .thenComparing(Comparator.comparingInt(TalkAttendance::averageViewers).reversed()))
                        .toList();
                List<List<String>> rows = new ArrayList<>();
                for (int i = 0; i < byViewers.size(); i++) {
                    TalkAttendance talk = byViewers.get(i);
                    rows.add(List.of((i + 1) + ". " + talk.title(), talk.stage() == null ? "–" : talk.stage(),
                            Integer.toString(talk.peakViewers()), Integer.toString(talk.averageViewers())));
                }
                pdf.table(List.of("Vortrag", "Bühne", "Zuschauende (Spitze)", "Zuschauende (Mittel)"), rows,
                        new float[] { 6, 3, 2, 2 }, 9, 14);
            }

            pdf.block(StandardStructureTypes.H2, "Vorträge nach Bewertung", 14, 6);
            Map<Long, Rating> rated = ratings.ratings(talks.stream().map(TalkAttendance::id).toList());
            Map<Long, String> titles = new HashMap<>();
            talks.forEach(talk -> titles.put(talk.id(), talk.title()));
            List<Map.Entry<Long, Rating>> byRating = rated.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<Long, Rating> e) -> e.getValue().average()).reversed()
                            .thenComparing(e -> -e.getValue().count()))
                    .toList();
            if (byRating.isEmpty()) {
                pdf.block(StandardStructureTypes.P, "Noch keine Bewertungen.", 10, 14);
            } else {
                List<List<String>> rows = new ArrayList<>();
                for (int i = 0; i < byRating.size(); i++) {
                    Map.Entry<Long, Rating> entry = byRating.get(i);
                    rows.add(List.of((i + 1) + ". " + titles.get(entry.getKey()), Long.toString(entry.getValue().count()),
                            String.format(Locale.GERMAN, "%.1f", entry.getValue().average())));
                }
                pdf.table(List.of("Vortrag", "Bewertungen", "Sterne (Mittel, 1–5)"), rows, new float[] { 7, 2, 3 }, 9, 14);
            }

            reuse(pdf, edition, hosted, region != null);
            return pdf.toBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The edition report cannot be rendered", e);
        }
    }

    private void reuse(TaggedPdf pdf, EditionRef edition, Set<Long> hosted, boolean filtered) throws IOException {
        pdf.block(StandardStructureTypes.H2, "Nachnutzung", 14, 6);
        ReuseReport.Report report = reuse.report(edition);
        List<List<String>> rows = new ArrayList<>();
        for (Row row : report.byEventDay()) {
            if (row.key() != null && hosted.contains(parse(row.key()))) {
                rows.add(reuseRow(row.label(), row));
            }
        }
        if (!filtered) {
            rows.add(reuseRow("Ganze Ausgabe", report.total()));
        }
        pdf.table(List.of("Tag des Stands", "Angebotene Leistungen", "Anfragen", "Vereinbarungen", "Nachnutzungen"), rows,
                new float[] { 5, 2, 2, 2, 2 }, 9, 4);
        pdf.block(StandardStructureTypes.P, "Nachnutzungsanfragen an die Stände, gezählt nach dem Veranstaltungstag des "
                + "Stands; zurückgezogene Anfragen zählen nicht.", 9, 4);
    }

    private static List<String> reuseRow(String label, Row row) {
        return List.of(label, Long.toString(row.services()), Long.toString(row.requests()), Long.toString(row.agreements()),
                Long.toString(row.adoptions()));
    }

    private static long parse(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
