package de.kommunalmesse.feedback;

import static de.kommunalmesse.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kommunalmesse.fair.EditionService;
import de.kommunalmesse.stage.ProgrammeService;
import de.kommunalmesse.stage.ProgrammeViews.NewStage;
import de.kommunalmesse.stage.ProgrammeViews.NewTalk;
import de.kommunalmesse.stage.ProgrammeViews.SpeakerView;
import de.kommunalmesse.stage.StageAudience;
import de.kommunalmesse.stage.TalkType;
import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Attendance from the stage samples (gaps tolerated up to two minutes, longer ones not counted) and certificates:
 * only for the person, only for an edition they attended, a PDF with a text layer, a public verification.
 */
@QuarkusTest
class CertificateTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate DAY = LocalDate.of(2021, 9, 2);

    @Inject
    TestData data;

    @Inject
    ProgrammeService programme;

    @Inject
    EditionService editions;

    @Inject
    AttendanceService attendance;

    private record Fixture(String edition, String stageKey, long talk, String title) {
    }

    /** A new edition with one stage and a talk from 10:00 to 11:00 on {@link #DAY}. */
    private Fixture fixture() {
        String term = data.unique();
        long edition = data.series("cert-" + term);
        long day = data.eventDay(edition, DAY, "soest");
        programme.createStage(edition, new NewStage("cert-" + term, "Bühne " + term));
        String title = "Nachnutzung von Onlinediensten " + term;
        long talk = programme.createTalk(new NewTalk(day, "cert-" + term, LocalTime.of(10, 0), LocalTime.of(11, 0),
                TalkType.FACHBEITRAG, title, null, null, "de", List.of(new SpeakerView("Jana Beispiel", null, null)),
                List.of()));
        String slug = editions.byId(edition).slug();
        return new Fixture(slug, editions.byId(edition).qualify("cert-" + term), talk, title);
    }

    private void seen(Fixture f, String username, String name, String... times) {
        for (String time : times) {
            attendance.record(new StageAudience(LocalDateTime.of(DAY, LocalTime.parse(time)).atZone(BERLIN).toInstant(),
                    Map.of(f.stageKey(), Map.of(username, name))));
        }
    }

    @Test
    void shortGapsCountAsAttendedLongGapsDoNot() {
        Fixture f = fixture();
        // 10:00–10:01 continuously (60 s), away for four minutes (not counted), back 10:05–10:05:30 (30 s)
        seen(f, "besucher", "Bea Sucher", "10:00:00", "10:00:30", "10:01:00", "10:05:00", "10:05:30");
        assertEquals(90, attendance.attendedSeconds("besucher", f.talk()));
        // a reload: gone for 100 s, within the tolerance of two minutes
        seen(f, "besucher", "Bea Sucher", "10:07:10");
        assertEquals(190, attendance.attendedSeconds("besucher", f.talk()));
        // the same sample from a second instance (two tabs) adds nothing
        seen(f, "besucher", "Bea Sucher", "10:07:10");
        assertEquals(190, attendance.attendedSeconds("besucher", f.talk()));
        // samples before the start or after the end of the talk do not belong to it
        seen(f, "besucher", "Bea Sucher", "11:00:00", "11:00:30", "09:59:30");
        assertEquals(190, attendance.attendedSeconds("besucher", f.talk()));
    }

    @Test
    void visitorGetsACertificateWithTalksAndDurationInThePdfAndAnyoneVerifiesIt() throws IOException {
        Fixture f = fixture();
        seen(f, "besucher", "Bea Sucher", "10:00:00", "10:01:00", "10:02:00", "10:03:00");

        var certificate = as(TestUsers.visitor()).body(Map.of("edition", f.edition())).post("/api/certificates")
                .then().statusCode(201)
                .body("printedName", equalTo("Bea Sucher"))
                .body("talks.title", contains(f.title()))
                .body("talks[0].attendedMinutes", equalTo(3))
                .body("totalMinutes", equalTo(3))
                .body("days.date", contains(DAY.toString()))
                .extract();
        String code = certificate.path("code");
        assertTrue(code.matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"), code);
        // asking again with the same attendance gives the same certificate
        as(TestUsers.visitor()).body(Map.of("edition", f.edition())).post("/api/certificates")
                .then().statusCode(201).body("code", equalTo(code));
        as(TestUsers.visitor()).get("/api/certificates/mine").then().statusCode(200)
                .body("code", org.hamcrest.Matchers.hasItem(code));

        byte[] pdf = as(TestUsers.visitor()).get("/api/certificates/" + code + "/pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Teilnahmebescheinigung"), text);
            assertTrue(text.contains("Bea Sucher"), text);
            assertTrue(text.contains(f.title()), text);
            assertTrue(text.contains("02.09.2021, 10:00–11:00 Uhr"), text);
            assertTrue(text.contains("Gesamtdauer: 3 Minuten"), text);
            assertTrue(text.contains(code), text);
            assertTrue(text.contains("Ausgabe cert-"), "the edition is named: " + text);
            assertEquals("de-DE", doc.getDocumentCatalog().getLanguage());
            assertEquals("Teilnahmebescheinigung – Bea Sucher", doc.getDocumentInformation().getTitle());
            assertNotNull(doc.getDocumentCatalog().getStructureTreeRoot(), "tagged: a structure tree");
            assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked(), "tagged: marked");
            var kids = ((PDStructureElement)
                    doc.getDocumentCatalog().getStructureTreeRoot().getKids().get(0)).getKids();
            var figure = kids.stream()
                    .filter(k -> k instanceof PDStructureElement e
                            && "Figure".equals(e.getStructureType()))
                    .map(k -> (PDStructureElement) k)
                    .findFirst().orElseThrow(() -> new AssertionError("the configured logo is a tagged figure"));
            assertTrue(figure.getAlternateDescription().startsWith("Logo: "), figure.getAlternateDescription());
            assertTrue(kids.stream().anyMatch(k -> k instanceof PDStructureElement e
                    && "H1".equals(e.getStructureType())), "the heading is tagged H1");
        }

        given().get("/api/certificates/" + code + "/verification").then().statusCode(200)
                .body("valid", equalTo(true)).body("printedName", equalTo("Bea Sucher"))
                .body("event", org.hamcrest.Matchers.containsString("Ausgabe cert-"))
                .body("$", not(hasKey("talks"))).body("$", not(hasKey("totalMinutes")));
        given().get("/api/certificates/" + code.toLowerCase() + "/verification").then().statusCode(200);
    }

    @Test
    void certificateOfAnotherPersonIsRefused() {
        Fixture f = fixture();
        seen(f, "besucher", "Bea Sucher", "10:00:00", "10:01:00");
        String code = as(TestUsers.visitor()).body(Map.of("edition", f.edition())).post("/api/certificates")
                .then().statusCode(201).extract().path("code");
        as(TestUsers.exhibitorSoest()).get("/api/certificates/" + code + "/pdf").then().statusCode(403)
                .contentType("application/problem+json");
        as(TestUsers.admin()).get("/api/certificates/" + code + "/pdf").then().statusCode(403);
        given().get("/api/certificates/" + code + "/pdf").then().statusCode(401);
        as(TestUsers.exhibitorSoest()).get("/api/certificates/mine").then().statusCode(200)
                .body("code", not(org.hamcrest.Matchers.hasItem(code)));
    }

    @Test
    void editionNotAttendedOrUnknownIsRefused() {
        Fixture f = fixture();
        // the exhibitor never followed a talk of this edition
        as(TestUsers.exhibitorSoest()).body(Map.of("edition", f.edition())).post("/api/certificates")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("keine Teilnahme bescheinigen"));
        as(TestUsers.visitor()).body(Map.of("edition", "gibt-es-nicht")).post("/api/certificates")
                .then().statusCode(404).contentType("application/problem+json");
        as(TestUsers.visitor()).body(Map.of()).post("/api/certificates").then().statusCode(400);
        given().contentType("application/json").body(Map.of("edition", f.edition())).post("/api/certificates")
                .then().statusCode(401);
        given().get("/api/certificates/ABCD-EFGH-JKLM/verification").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void moreAttendanceSupersedesTheEarlierCertificate() {
        Fixture f = fixture();
        seen(f, "besucher", "Bea Sucher", "10:00:00", "10:01:00");
        String first = as(TestUsers.visitor()).body(Map.of("edition", f.edition())).post("/api/certificates")
                .then().statusCode(201).extract().path("code");
        seen(f, "besucher", "Bea Sucher", "10:02:00", "10:03:00");
        String second = as(TestUsers.visitor()).body(Map.of("edition", f.edition())).post("/api/certificates")
                .then().statusCode(201).body("totalMinutes", equalTo(3)).extract().path("code");
        assertTrue(!first.equals(second));
        given().get("/api/certificates/" + first + "/verification").then().body("valid", equalTo(false));
        as(TestUsers.visitor()).get("/api/certificates/" + first + "/pdf").then().statusCode(409);
        as(TestUsers.visitor()).get("/api/me/data").then().statusCode(200)
                .body("areas.feedback.attendanceCertificates.code", org.hamcrest.Matchers.hasItems(first, second));
    }
}
