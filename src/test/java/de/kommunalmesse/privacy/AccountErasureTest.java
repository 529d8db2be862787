package de.kommunalmesse.privacy;

import static de.kommunalmesse.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kommunalmesse.feedback.AttendanceService;
import de.kommunalmesse.stage.ProgrammeService;
import de.kommunalmesse.stage.ProgrammeViews.NewStage;
import de.kommunalmesse.stage.ProgrammeViews.NewTalk;
import de.kommunalmesse.stage.ProgrammeViews.SpeakerView;
import de.kommunalmesse.stage.StageAudience;
import de.kommunalmesse.stage.TalkType;
import de.kommunalmesse.testsupport.KeycloakUsers;
import de.kommunalmesse.testsupport.KeycloakUsers.Account;
import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.websockets.next.BasicWebSocketConnector;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * "Meine Daten" and "Konto löschen" with a real Keycloak account that the test creates: what the user did
 * across the platform shows up in their export, and after the erasure nothing of them is left in any
 * column of any table, their login fails, and their chat messages read "gelöschtes Konto".
 */
@QuarkusTest
class AccountErasureTest {

    @Inject
    TestData data;

    @Inject
    ProgrammeService programme;

    @Inject
    AttendanceService attendance;

    @Inject
    EntityManager em;

    @Inject
    Instance<BasicWebSocketConnector> connector;

    @TestHTTPResource("/")
    URI base;

    /** A published booth and a talk; what the account does touches both. */
    private record Scene(String booth, String boothChannel, long talk, long pastTalk, String stageKey, String edition) {
    }

    private Scene scene() {
        String term = data.unique();
        // The new series' edition becomes the current one: the booth stands there, so plain addresses reach it
        long series = data.series("ds-" + term);
        String booth = data.ownBooth();
        long day = data.eventDay(series, LocalDate.of(2031, 3, 4), "soest");
        programme.createStage(series, new NewStage("ds-" + term, "Bühne " + term));
        long talk = programme.createTalk(new NewTalk(day, "ds-" + term, LocalTime.of(10, 0), LocalTime.of(11, 0),
                TalkType.FACHBEITRAG, "Datenschutz " + term, null, null, "de",
                List.of(new SpeakerView("Jana Beispiel", null, null)), List.of()));
        long pastDay = data.eventDay(series, LocalDate.of(2021, 3, 4), "soest");
        long pastTalk = programme.createTalk(new NewTalk(pastDay, "ds-" + term, LocalTime.of(10, 0), LocalTime.of(11, 0),
                TalkType.FACHBEITRAG, "Rückblick " + term, null, null, "de", List.of(), List.of()));
        return new Scene(booth, "booth:" + data.currentEdition().qualify(booth), talk, pastTalk,
                data.currentEdition().qualify("ds-" + term), data.currentEdition().slug());
    }

    /**
     * Everything a visitor can leave behind: bookmarks, agenda, questions, contact request, chat, reports, consents,
     * talk ratings, attendance and certificates.
     */
    private void liveALittle(Account account, String token, Scene scene) {
        as(token).put("/api/me/bookmarks/" + scene.booth()).then().statusCode(204);
        as(token).put("/api/me/agenda/" + scene.talk()).then().statusCode(204);
        as(token).body(Map.of("text", "Frage von " + account.name(), "anonymous", false))
                .post("/api/talks/" + scene.talk() + "/questions").then().statusCode(201);
        as(token).body(Map.of("message", "Bitte melden Sie sich bei " + account.email(), "consent", true))
                .post("/api/booths/" + scene.booth() + "/contact-requests").then().statusCode(201);
        as(token).body(Map.of("purpose", "einbettung", "subject", "youtube", "textVersion", "2026-12-07"))
                .post("/api/me/consents").then().statusCode(200);
        int conversation = as(token).body(Map.of("booth", scene.booth())).post("/api/chat/conversations")
                .then().statusCode(200).extract().path("id");
        long othersMessage;
        try (ChatLine other = new ChatLine(connector.get(), base, TestUsers.visitor())) {
            othersMessage = other.post(scene.boothChannel(), "Eine Nachricht von jemand anderem");
        }
        try (ChatLine chat = new ChatLine(connector.get(), base, token)) {
            chat.post(scene.boothChannel(), "Hallo zusammen, das ist meine Nachricht");
            chat.post("dm:" + conversation, "Eine Frage nur an das Standteam");
        }
        as(token).body(Map.of("seq", 2)).put("/api/chat/channels/" + scene.boothChannel() + "/read").then().statusCode(200);
        as(token).body(Map.of("reason", "Unpassend, meint " + account.name()))
                .post("/api/chat/channels/" + scene.boothChannel() + "/messages/" + othersMessage + "/reports")
                .then().statusCode(201);
        as(TestUsers.admin()).body(Map.of("kind", "mute", "user", account.username(), "channel", scene.boothChannel(),
                "minutes", 5, "reason", "Test der Stummschaltung von " + account.username()))
                .post("/api/chat/moderation/sanctions").then().statusCode(201);
        // a rating with a comment, attendance of a live talk (two samples of the stage) and a certificate
        as(token).body(Map.of("stars", 4, "comment", "Gut erklärt, findet " + account.name()))
                .post("/api/talks/" + scene.pastTalk() + "/feedback").then().statusCode(201);
        for (String time : List.of("10:00", "10:01")) {
            attendance.record(new StageAudience(LocalDate.of(2021, 3, 4).atTime(LocalTime.parse(time))
                    .atZone(ZoneId.of("Europe/Berlin")).toInstant(),
                    Map.of(scene.stageKey(), Map.of(account.username(), account.name()))));
        }
        as(token).body(Map.of("edition", scene.edition())).post("/api/certificates").then().statusCode(201);
        // a place in an exhibitor's team, with the role "staff"
        String team = "ds-team-" + data.unique();
        as(TestUsers.admin()).body(Map.of("slug", team, "name", "Team " + team, "type", "kommune", "staff", List.of(account.username())))
                .post("/api/exhibitors").then().statusCode(201);
        as(TestUsers.admin()).body(Map.of("role", "staff")).put("/api/exhibitors/" + team + "/staff/" + account.username() + "/role")
                .then().statusCode(200);
        String formToken = given().get("/api/accessibility/reports/form").then().statusCode(200).extract().path("token");
        sleep(1_100);
        given().header("X-Forwarded-For", "203.0.113." + (account.username().hashCode() & 0x7f))
                .multiPart("description", "Kontrast zu schwach", "text/plain; charset=UTF-8")
                .multiPart("location", "https://messe.example.org/halle")
                .multiPart("formToken", formToken)
                .multiPart("website", "")
                .multiPart("contactEmail", account.email())
                .post("/api/accessibility/reports").then().statusCode(201);
    }

    @Test
    void theExportHoldsWhatTheUserDidAcrossThePlatform() {
        Account account = KeycloakUsers.create(data.unique());
        String token = account.token();
        Scene scene = scene();
        liveALittle(account, token, scene);

        JsonPath export = as(token).get("/api/me/data").then().statusCode(200).extract().jsonPath();
        assertEquals(account.username(), export.getString("profile.username"));
        assertEquals(account.email(), export.getString("profile.email"));
        assertEquals(account.name(), export.getString("profile.name"));
        assertEquals(1, export.getList("areas.booth.bookmarks").size());
        assertEquals(1, export.getList("areas.booth.contactRequests").size());
        assertEquals(1, export.getList("areas.stage.agenda").size());
        assertEquals((int) scene.talk(), export.getInt("areas.stage.agenda[0].talk_id"));
        assertEquals(1, export.getList("areas.stage.questions").size());
        assertEquals(List.of("Hallo zusammen, das ist meine Nachricht", "Eine Frage nur an das Standteam"),
                export.getList("areas.chat.messages.body"));
        assertEquals(1, export.getList("areas.chat.conversations").size());
        assertEquals(1, export.getList("areas.chat.readPointers").size());
        assertEquals(1, export.getList("areas.chat.reportsFiled").size());
        assertEquals(1, export.getList("areas.chat.sanctions").size());
        assertEquals(1, export.getList("areas.accessibility.barrierReports").size());
        assertEquals(1, export.getList("areas.feedback.talkRatings").size());
        assertEquals(1, export.getList("areas.feedback.talkAttendance").size());
        assertEquals(1, export.getList("areas.feedback.attendanceCertificates").size());
        assertEquals(List.of("kontaktanfrage", "einbettung"), export.getList("areas.consents.consents.purpose"));
        assertEquals(List.of("staff"), export.getList("areas.booth.exhibitorTeams.role"));
        // The report carries the text it reported, but the other visitor's message is not among the user's own
        assertEquals(List.of("Eine Nachricht von jemand anderem"), export.getList("areas.chat.reportsFiled.message_text"));
    }

    @Test
    void afterDeletingTheirAccountNothingPersonalRemainsInAnyTable() {
        String term = data.unique();
        Account account = KeycloakUsers.create(term);
        String token = account.token();
        Scene scene = scene();
        liveALittle(account, token, scene);
        String lastName = account.name().substring("Wilma ".length());
        List<String> needles = List.of(account.username(), lastName, account.email());
        assertTrue(occurrences(needles).size() >= 10, "the arrangement left the account's traces: " + occurrences(needles));

        as(token).body(Map.of("confirm", account.username())).post("/api/me/erasure")
                .then().statusCode(200)
                .body("requestedBy", equalTo("selbst"))
                .body("keycloak", equalTo("geloescht"))
                .body("pseudonym", containsString("geloescht-"))
                .body("summary.chat_message", equalTo(2));

        assertEquals(List.of(), occurrences(needles), "personal data left after the erasure");
        assertFalse(account.canLogIn(), "the Keycloak account is gone");
        as(TestUsers.visitor()).get("/api/chat/channels/" + scene.boothChannel() + "/messages")
                .then().statusCode(200)
                .body("messages.find { it.text == 'Hallo zusammen, das ist meine Nachricht' }.author.name",
                        equalTo("gelöschtes Konto"))
                .body("messages.find { it.text == 'Eine Nachricht von jemand anderem' }.author.name",
                        equalTo("Bea Sucher"));
        // the moderation log keeps the mute, under the pseudonym
        as(TestUsers.admin()).get("/api/chat/moderation/log?channel=" + scene.boothChannel())
                .then().statusCode(200)
                .body("items.targetUser", hasItem(containsString("geloescht-")));
        as(TestUsers.admin()).get("/api/admin/account-erasures")
                .then().statusCode(200)
                .body("items[0].requestedBy", equalTo("selbst"))
                .body("items[0].admin", equalTo(null));
    }

    @Test
    void theConfirmationMustBeTheUsernameAndNothingIsDeletedOtherwise() {
        Account account = KeycloakUsers.create(data.unique());
        String token = account.token();
        as(token).put("/api/me/bookmarks/" + data.ownBooth()).then().statusCode(204);
        as(token).body(Map.of("confirm", "jemand-anders")).post("/api/me/erasure")
                .then().statusCode(400)
                .contentType("application/problem+json");
        as(token).body(Map.of()).post("/api/me/erasure").then().statusCode(400);
        assertTrue(account.canLogIn());
        as(token).get("/api/me/data").then().statusCode(200).body("areas.booth.bookmarks", hasSize(1));
    }

    @Test
    void anonymousCallersCanNeitherExportNorDelete() {
        given().get("/api/me/data").then().statusCode(401).contentType("application/problem+json");
        as(null).body(Map.of("confirm", "besucher")).post("/api/me/erasure").then().statusCode(401);
        given().get("/api/me/consents").then().statusCode(401);
    }

    @Test
    void onlyAdminsEraseOnRequestAndReadTheLog() {
        Account account = KeycloakUsers.create(data.unique());
        for (String token : List.of(TestUsers.visitor(), TestUsers.exhibitorSoest(), TestUsers.moderator())) {
            as(token).body(Map.of("username", account.username(), "reason", "Versuch"))
                    .post("/api/admin/account-erasures").then().statusCode(403).contentType("application/problem+json");
            as(token).get("/api/admin/account-erasures").then().statusCode(403);
        }
        as(null).body(Map.of("username", account.username(), "reason", "Versuch"))
                .post("/api/admin/account-erasures").then().statusCode(401);
        assertTrue(account.canLogIn(), "the refused requests deleted nothing");
    }

    @Test
    void anAdminErasesAnAccountOnRequestAndTheLogKeepsOnlyThePseudonym() {
        Account account = KeycloakUsers.create(data.unique());
        String token = account.token();
        String booth = data.ownBooth();
        as(token).put("/api/me/bookmarks/" + booth).then().statusCode(204);

        String pseudonym = as(TestUsers.admin())
                .body(Map.of("username", account.username(), "reason", "Antrag per E-Mail von " + account.name()
                        + " (" + account.email() + ")"))
                .post("/api/admin/account-erasures")
                .then().statusCode(200)
                .body("requestedBy", equalTo("admin"))
                .body("admin", equalTo("kdn-admin"))
                .body("keycloak", equalTo("geloescht"))
                .body("summary.bookmark", equalTo(1))
                .body("reason", not(containsString(account.username())))
                .body("reason", not(containsString(account.name())))
                .extract().path("pseudonym");

        assertFalse(account.canLogIn());
        as(TestUsers.admin()).get("/api/admin/account-erasures?size=100").then().statusCode(200)
                .body("items.find { it.pseudonym == '" + pseudonym + "' }.reason",
                        equalTo("Antrag per E-Mail von gelöschtes Konto (" + pseudonym + ")"));
        assertEquals(List.of(), occurrences(List.of(account.username(), account.email())));
        // Erasing again finds nothing in Keycloak and changes nothing, but is logged
        as(TestUsers.admin()).body(Map.of("username", account.username(), "reason", "Wiederholung"))
                .post("/api/admin/account-erasures").then().statusCode(200)
                .body("keycloak", equalTo("nicht-gefunden"));
    }

    /** Every text column of every table that contains one of the needles, as "table.column". */
    @SuppressWarnings("unchecked")
    private List<String> occurrences(List<String> needles) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> columns = em.createNativeQuery("SELECT table_name, column_name FROM information_schema.columns"
                    + " WHERE table_schema = DATABASE() AND data_type IN ('char', 'varchar', 'tinytext', 'text',"
                    + " 'mediumtext', 'longtext') ORDER BY table_name, column_name").getResultList();
            List<String> found = new ArrayList<>();
            for (Object[] column : columns) {
                for (String needle : needles) {
                    Number hits = (Number) em.createNativeQuery("SELECT COUNT(*) FROM `" + column[0] + "` WHERE `"
                            + column[1] + "` LIKE CONCAT('%', ?1, '%')").setParameter(1, needle).getSingleResult();
                    if (hits.longValue() > 0) {
                        found.add(column[0] + "." + column[1] + " ∋ " + needle);
                    }
                }
            }
            assertTrue(columns.size() > 50, "the schema's text columns were found: " + columns.size());
            return found;
        });
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
