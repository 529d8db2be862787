package de.kommunalmesse.accessibility;

import static de.kommunalmesse.testsupport.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kommunalmesse.testsupport.MailInbox;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportTest {

    /** The 8-byte PNG signature and a little more: an image by content. */
    static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

    @Inject
    EntityManager em;

    @Test
    void anyoneReportsABarrierAndTheAdminAnswersByMail() {
        as(TestUsers.admin()).body(StatementTest.statement(StatementTest.TODAY)).put("/api/admin/accessibility/statement")
                .then().statusCode(200);
        String token = Reports.token();
        Reports.fillIn();
        String what = "Der Knopf „Merken“ hat keinen Namen " + System.nanoTime();
        ExtractableResponse<Response> receipt = Reports.form(Reports.newClient(), token, what)
                .multiPart("contactEmail", "Melderin@Example.org")
                .multiPart("file", "bildschirm.png", PNG, "image/png")
                .header("Accept-Language", "en")
                .post("/api/accessibility/reports")
                .then().statusCode(201)
                .body("answerByMail", equalTo(true))
                .extract();
        int id = receipt.path("id");
        Instant due = Instant.parse(receipt.path("answerDueAt"));
        assertTrue(Duration.between(Instant.now(), due).toDays() >= 41, "due in six weeks (BITVNRW §5 (2))");

        as(TestUsers.admin()).get("/api/admin/accessibility/reports?status=neu").then().statusCode(200)
                .body("id", hasItem(id))
                .body("find { it.id == " + id + " }.description", equalTo(what))
                .body("find { it.id == " + id + " }.contactEmail", equalTo("melderin@example.org"))
                .body("find { it.id == " + id + " }.attachment.mediaType", equalTo("image/png"))
                .body("find { it.id == " + id + " }.overdue", equalTo(false));
        byte[] file = as(TestUsers.admin()).get("/api/admin/accessibility/reports/" + id + "/attachment")
                .then().statusCode(200).contentType("image/png").extract().asByteArray();
        assertArrayEquals(PNG, file);

        as(TestUsers.admin()).body(Map.of("status", "in-bearbeitung", "assignee", "kdn-admin"))
                .patch("/api/admin/accessibility/reports/" + id)
                .then().statusCode(200).body("status", equalTo("in-bearbeitung")).body("assignee", equalTo("kdn-admin"));
        as(TestUsers.admin()).body(Map.of("message", "We have given the button a name.", "interim", false))
                .post("/api/admin/accessibility/reports/" + id + "/replies")
                .then().statusCode(201).body("mailSent", equalTo(true)).body("mailedTo", equalTo("melderin@example.org"));

        MailInbox.Mail mail = MailInbox.await("melderin@example.org", m -> m.subject().contains("no. " + id + ")"));
        assertTrue(mail.text().contains("We have given the button a name."), mail.text());
        assertTrue(mail.text().contains("Ombudsstelle English") && mail.text().contains("10d BGG NRW"),
                "the answer names the enforcement procedure: " + mail.text());
        assertTrue(mail.text().contains(what), "the answer quotes the report");
        assertEquals(List.of("barrierefreiheit@example.org"), mail.replyTo());

        as(TestUsers.admin()).get("/api/admin/accessibility/reports/" + id).then().statusCode(200)
                .body("report.status", equalTo("beantwortet"))
                .body("report.firstReplyAt", notNullValue())
                .body("replies.message", equalTo(List.of("We have given the button a name.")));
    }

    @Test
    void aReportWithoutContactIsAnsweredInTheQueueOnly() {
        String token = Reports.token();
        Reports.fillIn();
        int id = Reports.form(Reports.newClient(), token, "Kontrast zu schwach").post("/api/accessibility/reports")
                .then().statusCode(201).body("answerByMail", equalTo(false)).extract().path("id");
        as(TestUsers.admin()).body(Map.of("message", "Erledigt.", "interim", false))
                .post("/api/admin/accessibility/reports/" + id + "/replies")
                .then().statusCode(201).body("mailSent", equalTo(false));
        as(TestUsers.admin()).body(Map.of("status", "abgeschlossen")).patch("/api/admin/accessibility/reports/" + id)
                .then().statusCode(200);
        as(TestUsers.admin()).body(Map.of("message", "Noch etwas.", "interim", false))
                .post("/api/admin/accessibility/reports/" + id + "/replies")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void overdueReportsAreListedUntilTheyGetAFirstReply() {
        String token = Reports.token();
        Reports.fillIn();
        int id = Reports.form(Reports.newClient(), token, "Video ohne Untertitel").post("/api/accessibility/reports")
                .then().statusCode(201).extract().path("id");
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("UPDATE accessibility_report SET due_at = ?1 WHERE id = ?2")
                .setParameter(1, java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(1))))
                .setParameter(2, id).executeUpdate());

        as(TestUsers.admin()).get("/api/admin/accessibility/reports?overdue=true").then().statusCode(200)
                .body("id", hasItem(id)).body("find { it.id == " + id + " }.overdue", equalTo(true));
        as(TestUsers.admin()).get("/api/admin/accessibility/overview").then().statusCode(200)
                .body("overdueReports", greaterThanOrEqualTo(1)).body("answerDays", equalTo(42));

        as(TestUsers.admin()).body(Map.of("message", "Wir arbeiten daran.", "interim", true))
                .post("/api/admin/accessibility/reports/" + id + "/replies").then().statusCode(201);
        as(TestUsers.admin()).get("/api/admin/accessibility/reports?overdue=true").then().statusCode(200)
                .body("id", not(hasItem(id)));
        as(TestUsers.admin()).get("/api/admin/accessibility/reports/" + id).then()
                .body("report.status", equalTo("in-bearbeitung"));
    }

    @Test
    void spamIsRefusedWithoutACaptchaAndNothingIsStored() {
        String client = Reports.newClient();
        String token = Reports.token();
        String marker = "spam " + System.nanoTime();
        Reports.form(client, token, marker).post("/api/accessibility/reports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("Das Formular wurde sehr schnell gesendet. Bitte warten Sie 1 Sekunden und senden Sie es dann noch einmal."));
        Reports.fillIn();
        Reports.form(client, token, marker, "https://spam.example").post("/api/accessibility/reports")
                .then().statusCode(400).contentType("application/problem+json");
        Reports.form(client, token.substring(0, token.length() - 2) + "xx", marker).post("/api/accessibility/reports")
                .then().statusCode(400).contentType("application/problem+json");
        Reports.form(client, "12.34", marker).header("Accept-Language", "en").post("/api/accessibility/reports")
                .then().statusCode(400).body("detail", equalTo(
                        "The form has expired or is invalid. Please reload the page and send your report again; your input is kept."));
        as(TestUsers.admin()).get("/api/admin/accessibility/reports").then().statusCode(200)
                .body("description", not(hasItem(marker)));
    }

    @Test
    void eachClientAddressMaySendFiveReportsAnHour() {
        String client = Reports.newClient();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            tokens.add(Reports.token());
        }
        Reports.fillIn();
        for (int i = 0; i < 5; i++) {
            Reports.form(client, tokens.get(i), "Meldung " + i).post("/api/accessibility/reports").then().statusCode(201);
        }
        Reports.form(client, tokens.get(5), "Meldung 6").post("/api/accessibility/reports")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("status", equalTo(429));
        Reports.form(Reports.newClient(), tokens.get(5), "Andere Adresse").post("/api/accessibility/reports")
                .then().statusCode(201);
    }

    @Test
    void badFieldsAndFilesAreRefusedAsProblems() {
        String token = Reports.token();
        Reports.fillIn();
        io.restassured.RestAssured.given().header("X-Forwarded-For", Reports.newClient())
                .multiPart("description", " ").multiPart("location", "x").multiPart("contactEmail", "keine-adresse")
                .multiPart("formToken", token).post("/api/accessibility/reports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("description")).body("errors.field", hasItem("contactEmail"));
        Reports.form(Reports.newClient(), token, "Mit falscher Datei")
                .multiPart("file", "bild.png", "MZ kein Bild".getBytes(StandardCharsets.US_ASCII), "image/png")
                .post("/api/accessibility/reports")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void visitorsAndExhibitorsCannotSeeOrAnswerReports() {
        String token = Reports.token();
        Reports.fillIn();
        int id = Reports.form(Reports.newClient(), token, "Fokus unsichtbar").multiPart("file", "a.png", PNG, "image/png")
                .post("/api/accessibility/reports").then().statusCode(201).extract().path("id");
        for (String user : List.of(TestUsers.visitor(), TestUsers.exhibitorSoest(), TestUsers.moderator())) {
            as(user).get("/api/admin/accessibility/reports").then().statusCode(403).contentType("application/problem+json");
            as(user).get("/api/admin/accessibility/reports/" + id).then().statusCode(403);
            as(user).get("/api/admin/accessibility/reports/" + id + "/attachment").then().statusCode(403);
            as(user).body(Map.of("status", "abgeschlossen")).patch("/api/admin/accessibility/reports/" + id)
                    .then().statusCode(403);
            as(user).body(Map.of("message", "Hallo", "interim", false))
                    .post("/api/admin/accessibility/reports/" + id + "/replies").then().statusCode(403);
        }
        as(null).get("/api/admin/accessibility/reports").then().statusCode(401).contentType("application/problem+json");
        as(null).get("/api/admin/accessibility/reports/" + id + "/attachment").then().statusCode(401);
        as(TestUsers.admin()).get("/api/admin/accessibility/reports/" + id).then().statusCode(200)
                .body("report.status", equalTo("neu"));
        as(TestUsers.admin()).get("/api/admin/accessibility/reports?status=vielleicht").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
