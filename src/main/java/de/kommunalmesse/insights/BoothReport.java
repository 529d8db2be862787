package de.kommunalmesse.insights;

import de.kommunalmesse.booth.BoothService;
import de.kommunalmesse.booth.BoothViews.BoothHandle;
import de.kommunalmesse.common.TaggedPdf;
import de.kommunalmesse.common.TalkRatings;
import de.kommunalmesse.common.TalkRatings.Rating;
import de.kommunalmesse.fair.EditionViews.EditionRef;
import de.kommunalmesse.insights.InsightsViews.BoothAnalytics;
import de.kommunalmesse.insights.InsightsViews.DayFigures;
import de.kommunalmesse.insights.InsightsViews.Figures;
import de.kommunalmesse.insights.InsightsViews.Sources;
import de.kommunalmesse.stage.ProgrammeService;
import de.kommunalmesse.stage.ProgrammeViews.TalkSummary;
import de.kommunalmesse.stage.TalkFacts;
import de.kommunalmesse.stage.TalkQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

/**
 * The exhibitor's report of a booth after the event, as an accessible PDF (docs/insights.md, "Reports (PDF)"): the
 * booth's figures of the edition beside the hall's median, visits per day as a bar chart with the same numbers in a
 * table, where visits came from, and the booth's talks with their viewers and ratings (counts and averages only).
 * The same figures as the analytics API, with the same "< 5" rule; the booth's staff and admins only.
 */
@ApplicationScoped
@Transactional
public class BoothReport {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EE dd.MM.", Locale.GERMAN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final Color BAR = new Color(0x1f, 0x4e, 0x79);
    private static final Color PALE = new Color(0xb4, 0xc7, 0xdc);

    @Inject
    BoothInsights boothInsights;

    @Inject
    DashboardService dashboard;

    @Inject
    BoothService booths;

    @Inject
    ProgrammeService programme;

    @Inject
    TalkRatings ratings;

    @Inject
    Clock clock;

    /** The booth's report of the edition: 401, 403 and 404 like the analytics. */
    public byte[] pdf(EditionRef edition, String slug) {
        BoothHandle booth = booths.editableBooth(edition, slug);
        BoothAnalytics a = boothInsights.analytics(edition, slug, null, null, null);
        String hidden = "< " + a.threshold();
        Function<Integer, String> shown = n -> n == null ? hidden : n.toString();
        String title = "Standbericht " + a.name() + " – " + edition.title();
        try (TaggedPdf pdf = new TaggedPdf(title, "Kennzahlen des Messestands", "Kommunalmesse", clock.instant())) {
            pdf.block(StandardStructureTypes.H1, title, 20, 8);
            pdf.block(StandardStructureTypes.P, "Aussteller: " + booth.exhibitorName() + ". Zeitraum: "
                    + DATE.format(a.from()) + " bis " + DATE.format(a.to()) + ". Erstellt am "
                    + DATE.format(clock.instant().atZone(BERLIN)) + ".", 11, 4);
            pdf.block(StandardStructureTypes.P, "Die Zahlen werden ohne Personenbezug gezählt. Werte zwischen 1 und "
                    + (a.threshold() - 1) + " erscheinen als „" + hidden + "“, damit niemand einzeln erkennbar ist.", 10, 12);

            pdf.block(StandardStructureTypes.H2, "Kennzahlen im Überblick", 14, 6);
            Figures t = a.totals();
            Figures m = a.hallMedian();
            List<List<String>> overview = new ArrayList<>(List.of(
                    List.of("Besuche", shown.apply(t.visits()), shown.apply(m.visits())),
                    List.of("Besucherinnen und Besucher", shown.apply(t.visitors()), shown.apply(m.visitors())),
                    List.of("Downloads", shown.apply(t.downloads()), shown.apply(m.downloads())),
                    List.of("Chat-Nachrichten", shown.apply(t.chatMessages()), shown.apply(m.chatMessages())),
                    List.of("Gespräche", shown.apply(t.conversations()), shown.apply(m.conversations())),
                    List.of("Beantwortete Gespräche", shown.apply(t.answered()), shown.apply(m.answered())),
                    List.of("Kontaktanfragen", shown.apply(t.contactRequests()), shown.apply(m.contactRequests())),
                    List.of("Nachnutzungsanfragen", shown.apply(t.reuseRequests()), shown.apply(m.reuseRequests())),
                    List.of("Termine", shown.apply(t.meetings()), shown.apply(m.meetings()))));
            pdf.table(List.of("Kennzahl", "Ihr Stand", "Median der Halle (" + a.hallBooths() + " Stände)"), overview,
                    new float[] { 3, 2, 3 }, 10, 6);
            pdf.block(StandardStructureTypes.P, "Anteil beantworteter Gespräche: "
                    + (a.chat().answeredPercent() == null ? "weniger als " + a.threshold() + " Gespräche"
                            : a.chat().answeredPercent() + " %")
                    + ". Durchschnittliche Zeit bis zur ersten Antwort: "
                    + (a.chat().averageMinutesToAnswer() == null ? "weniger als " + a.threshold() + " beantwortete Gespräche"
                            : a.chat().averageMinutesToAnswer() + " Minuten")
                    + ".", 10, 14);

            pdf.block(StandardStructureTypes.H2, "Besuche pro Tag", 14, 6);
            pdf.figure(altText(a, hidden), 150, (stream, x, bottom, width, height) -> chart(pdf, stream, a, x, bottom, width,
                    height));
            List<List<String>> days = new ArrayList<>();
            for (DayFigures day : a.days()) {
                days.add(List.of(DAY.format(day.day()), shown.apply(day.figures().visits()),
                        shown.apply(day.figures().visitors())));
            }
            pdf.table(List.of("Tag", "Besuche", "Besucherinnen und Besucher"), days, new float[] { 3, 2, 3 }, 10, 14);

            pdf.block(StandardStructureTypes.H2, "Woher die Besuche kamen", 14, 6);
            Sources s = a.sources();
            pdf.table(List.of("Herkunft", "Besuche"), List.of(
                    List.of("Halle (Suche, Merkliste, Vergleich)", shown.apply(s.hall())),
                    List.of("Vortrag, Bühne, Archiv", shown.apply(s.talk())),
                    List.of("Programm und Agenda", shown.apply(s.programme())),
                    List.of("Direkter Aufruf", shown.apply(s.direct()))), new float[] { 5, 3 }, 10, 14);

            talks(pdf, edition, booth);
            return pdf.toBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The booth report cannot be rendered", e);
        }
    }

    private void talks(TaggedPdf pdf, EditionRef edition, BoothHandle booth) throws IOException {
        pdf.block(StandardStructureTypes.H2, "Vorträge und Rückmeldungen", 14, 6);
        List<TalkSummary> all = programme.talks(edition, new TalkQuery());
        Map<Long, TalkFacts> facts = programme.talkFacts(all.stream().map(TalkSummary::id).toList());
        List<TalkSummary> own = all.stream()
                .filter(talk -> facts.containsKey(talk.id()) && facts.get(talk.id()).boothIds().contains(booth.id()))
                .toList();
        if (own.isEmpty()) {
            pdf.block(StandardStructureTypes.P, "Zu diesem Stand gab es in dieser Ausgabe keine Vorträge.", 10, 4);
            return;
        }
        List<Long> ids = own.stream().map(TalkSummary::id).toList();
        Map<Long, long[]> viewers = dashboard.attendance(ids);
        Map<Long, Rating> rated = ratings.ratings(ids);
        List<List<String>> rows = new ArrayList<>();
        for (TalkSummary talk : own) {
            long[] seen = viewers.getOrDefault(talk.id(), new long[2]);
            Rating rating = rated.get(talk.id());
            rows.add(List.of(talk.title(), DATE.format(talk.start()) + ", " + TIME.format(talk.start()) + " Uhr",
                    Long.toString(seen[0]), Long.toString(seen[1]),
                    rating == null ? "0" : Long.toString(rating.count()),
                    rating == null || rating.average() == null ? "–"
                            : String.format(Locale.GERMAN, "%.1f", rating.average())));
        }
        pdf.table(List.of("Vortrag", "Beginn", "Zuschauende (Spitze)", "Zuschauende (Mittel)", "Bewertungen",
                "Sterne (Mittel, 1–5)"), rows, new float[] { 5, 3, 2, 2, 2, 2 }, 9, 6);
        pdf.block(StandardStructureTypes.P, "Zuschauende: Spitze und Mittel der Verbindungen zur Bühne, minütlich gezählt, "
                + "solange der Vortrag lief. Bewertungen: Anzahl und Mittelwert der Sterne; Kommentare stehen auf der "
                + "Seite des Vortrags.", 9, 4);
    }

    private static String altText(BoothAnalytics a, String hidden) {
        StringBuilder alt = new StringBuilder("Balkendiagramm: Besuche pro Tag vom ").append(DATE.format(a.from()))
                .append(" bis ").append(DATE.format(a.to())).append(". ");
        int max = 0;
        DayFigures busiest = null;
        for (DayFigures day : a.days()) {
            Integer visits = day.figures().visits();
            if (visits != null && visits > max) {
                max = visits;
                busiest = day;
            }
        }
        if (busiest != null) {
            alt.append("Die meisten Besuche am ").append(DAY.format(busiest.day())).append(": ").append(max).append(". ");
        }
        return alt.append("Alle Werte stehen in der folgenden Tabelle; „").append(hidden).append("“ heißt zwischen 1 und ")
                .append(a.threshold() - 1).append(".").toString();
    }

    /** Bars of the visits per day; suppressed counts drawn pale at half the threshold, as on the web page. */
    private static void chart(TaggedPdf pdf, PDPageContentStream stream, BoothAnalytics a, float x, float bottom,
            float width, float height) throws IOException {
        List<DayFigures> days = a.days();
        float axis = 16;
        float top = height - 14;
        double max = a.threshold();
        for (DayFigures day : days) {
            Integer visits = day.figures().visits();
            max = Math.max(max, visits == null ? 0 : visits);
        }
        // A scale on the left: 0 at the axis, the largest value at the top line
        float scale = 32;
        stream.setStrokingColor(Color.LIGHT_GRAY);
        stream.setLineWidth(0.3f);
        stream.moveTo(x + scale, bottom + top);
        stream.lineTo(x + width, bottom + top);
        stream.stroke();
        stream.setStrokingColor(Color.GRAY);
        stream.setLineWidth(0.5f);
        stream.moveTo(x + scale, bottom + axis);
        stream.lineTo(x + width, bottom + axis);
        stream.stroke();
        pdf.text(stream, "0", x, bottom + axis - 2, 7);
        pdf.text(stream, Long.toString(Math.round(max)), x, bottom + top - 2, 7);
        float start = x + scale;
        float slot = (width - scale) / Math.max(1, days.size());
        float bar = Math.min(40, slot * 0.7f);
        boolean labels = days.size() <= 14;
        for (int i = 0; i < days.size(); i++) {
            Integer visits = days.get(i).figures().visits();
            double value = visits == null ? a.threshold() / 2.0 : visits;
            float h = (float) (value / max * (top - axis));
            float left = start + i * slot + (slot - bar) / 2;
            stream.setNonStrokingColor(visits == null ? PALE : BAR);
            stream.addRect(left, bottom + axis, bar, h);
            stream.fill();
            stream.setNonStrokingColor(Color.BLACK);
            if (labels) {
                String label = visits == null ? "< " + a.threshold() : visits.toString();
                pdf.text(stream, label, left, bottom + axis + h + 3, 8);
                pdf.text(stream, DAY.format(days.get(i).day()), left, bottom + 4, 7);
            }
        }
    }
}
