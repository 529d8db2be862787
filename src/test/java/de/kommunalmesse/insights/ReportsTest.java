package de.kommunalmesse.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kommunalmesse.fair.EditionService;
import de.kommunalmesse.stage.ProgrammeService;
import de.kommunalmesse.stage.ProgrammeViews.NewStage;
import de.kommunalmesse.stage.ProgrammeViews.NewTalk;
import de.kommunalmesse.stage.ProgrammeViews.SpeakerView;
import de.kommunalmesse.stage.TalkType;
import de.kommunalmesse.testsupport.Api;
import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The PDF reports: the exhibitor's per booth and the organiser's per edition, accessible (tagged, German, titled, a
 * text layer), with the API's figures, only for those who may see them.
 */
@QuarkusTest
class ReportsTest {

    @Inject
    TestData data;

    @Inject
    ProgrammeService programme;

    @Inject
    EditionService editions;

    private record Fair(String edition, String booth, String talk) {
    }

    /** A new edition with an own booth, a past talk of that booth, two ratings of it and three visits today. */
    private Fair fair() {
        String term = data.unique();
        long edition = data.series("rep-" + term);
        String slug = editions.byId(edition).slug();
        long day = data.eventDay(edition, LocalDate.of(2021, 9, 2), "wuppertal");
        programme.createStage(edition, new NewStage("rep-" + term, "Bühne " + term));
        String booth = data.ownBooth();
        String title = "Bericht-Vortrag " + term;
        long talk = programme.createTalk(new NewTalk(day, "rep-" + term, LocalTime.of(10, 0), LocalTime.of(11, 0),
                TalkType.FACHBEITRAG, title, null, null, "de", List.of(new SpeakerView("Jana Beispiel", null, null)),
                List.of(booth)));
        Api.as(TestUsers.visitor()).body(Map.of("stars", 5, "comment", "Geheimer Kommentar " + term))
                .post("/api/talks/" + talk + "/feedback").then().statusCode(201);
        Api.as(TestUsers.admin()).body(Map.of("stars", 4)).post("/api/talks/" + talk + "/feedback").then().statusCode(201);
        for (int i = 0; i < 3; i++) {
            Api.as(null).queryParam("edition", slug)
                    .body(Map.of("booth", booth, "source", "hall", "session", "report-" + i + "-" + term))
                    .post("/api/insights/visits").then().statusCode(204);
        }
        return new Fair(slug, booth, title);
    }

    private static String path(Fair f) {
        return "/api/insights/booths/" + f.booth() + "/report.pdf";
    }

    @Test
    void theExhibitorGetsATaggedGermanReportWithTheBoothsFigures() throws IOException {
        Fair f = fair();
        byte[] pdf = Api.as(TestUsers.exhibitorSoest()).queryParam("edition", f.edition()).get(path(f))
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Standbericht Eigener Stand"), text);
            assertTrue(text.contains("Kennzahlen im Überblick"), text);
            assertTrue(text.contains("Besuche pro Tag"), text);
            assertTrue(text.contains("Besuche < 5 < 5") || text.contains("Besuche < 5"), "three visits read \"< 5\": " + text);
            assertFalse(text.matches("(?s).*Besuche 3\\b.*"), "no count below five is printed: " + text);
            assertTrue(text.contains(f.talk()), text);
            assertTrue(text.contains("4,5"), "the talk's average rating: " + text);
            assertFalse(text.contains("Geheimer Kommentar"), "no comments: " + text);
            assertFalse(text.contains("Bea Sucher"), "no names of raters: " + text);

            assertEquals("de-DE", doc.getDocumentCatalog().getLanguage());
            assertTrue(doc.getDocumentInformation().getTitle().startsWith("Standbericht Eigener Stand"),
                    doc.getDocumentInformation().getTitle());
            assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked(), "tagged: marked");
            assertNotNull(doc.getDocumentCatalog().getStructureTreeRoot(), "tagged: a structure tree");
            PDStructureElement document = (PDStructureElement) doc.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
            List<String> types = document.getKids().stream()
                    .filter(k -> k instanceof PDStructureElement).map(k -> ((PDStructureElement) k).getStructureType())
                    .toList();
            assertTrue(types.containsAll(List.of("H1", "H2", "P", "Table", "Figure")), types.toString());
            PDStructureElement figure = document.getKids().stream()
                    .filter(k -> k instanceof PDStructureElement e && "Figure".equals(e.getStructureType()))
                    .map(k -> (PDStructureElement) k).findFirst().orElseThrow();
            assertTrue(figure.getAlternateDescription().startsWith("Balkendiagramm: Besuche pro Tag"),
                    figure.getAlternateDescription());
        }
    }

    @Test
    void adminsMayOthersMayNot() {
        Fair f = fair();
        Api.as(TestUsers.admin()).queryParam("edition", f.edition()).get(path(f)).then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + f.booth() + "-bericht.pdf\"");
        Api.as(TestUsers.visitor()).queryParam("edition", f.edition()).get(path(f)).then().statusCode(403);
        Api.as(null).queryParam("edition", f.edition()).get(path(f)).then().statusCode(401);
        String foreign = data.foreignBooth();
        Api.as(TestUsers.exhibitorSoest()).get("/api/insights/booths/" + foreign + "/report.pdf").then().statusCode(403);
        Api.as(TestUsers.exhibitorSoest()).get("/api/insights/booths/gibt-es-nicht/report.pdf").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals("de-DE", doc.getDocumentCatalog().getLanguage());
            assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked(), "tagged: marked");
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theOrganiserReportRanksTheTalksAndFiltersByHostRegion() throws IOException {
        Fair f = fair();
        byte[] pdf = Api.as(TestUsers.admin()).queryParam("edition", f.edition()).get("/api/insights/report.pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        String text = text(pdf);
        assertTrue(text.contains("Messebericht"), text);
        assertTrue(text.contains("Vorträge nach Zuschauenden"), text);
        assertTrue(text.contains("1. " + f.talk()), "ranked first by viewers: " + text);
        assertTrue(text.contains("Vorträge nach Bewertung"), text);
        assertTrue(text.contains("4,5"), "the talk's average rating: " + text);
        assertTrue(text.contains("Nachnutzung"), text);
        assertFalse(text.contains("Geheimer Kommentar"), "no comments: " + text);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getDocumentInformation().getTitle().startsWith("Messebericht"),
                    doc.getDocumentInformation().getTitle());
        }

        String hosted = text(Api.as(TestUsers.admin()).queryParam("edition", f.edition()).queryParam("hostRegion", "wuppertal")
                .get("/api/insights/report.pdf").then().statusCode(200).extract().asByteArray());
        assertTrue(hosted.contains("Gastgeberregion") && hosted.contains(f.talk()), hosted);
        String other = text(Api.as(TestUsers.admin()).queryParam("edition", f.edition()).queryParam("hostRegion", "soest")
                .get("/api/insights/report.pdf").then().statusCode(200).extract().asByteArray());
        assertFalse(other.contains(f.talk()), "another region's days leave the talk out: " + other);
    }

    @Test
    void onlyAdminsGetTheOrganiserReport() {
        Fair f = fair();
        Api.as(TestUsers.exhibitorSoest()).queryParam("edition", f.edition()).get("/api/insights/report.pdf")
                .then().statusCode(403);
        Api.as(TestUsers.visitor()).get("/api/insights/report.pdf").then().statusCode(403);
        Api.as(null).get("/api/insights/report.pdf").then().statusCode(401);
        Api.as(TestUsers.admin()).queryParam("edition", f.edition()).queryParam("hostRegion", "atlantis")
                .get("/api/insights/report.pdf").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("hostRegion"));
    }
}
