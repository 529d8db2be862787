package de.kommunalmesse.notification;

import static de.kommunalmesse.testsupport.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kommunalmesse.testsupport.MailInbox;
import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** E-mail preferences per topic, mails at once and in the daily digest, and the one-click unsubscribe. */
@QuarkusTest
class NotificationPreferencesTest {

    private static final String VISITOR_MAIL = "besucher@example.org";

    @Inject
    TestData data;

    @Inject
    NotificationJobs jobs;

    @Inject
    EntityManager em;

    private static void set(String token, String topic, String delivery) {
        as(token).body(Map.of("topics", List.of(Map.of("topic", topic, "delivery", delivery))))
                .put("/api/me/notifications/preferences").then().statusCode(200);
    }

    /** A contact request of the visitor that the booth's team moves on; returns the booth's name. */
    private String answeredContactRequest() {
        String slug = data.ownBooth();
        String boothName = as(null).get("/api/booths/" + slug).then().extract().path("name");
        int id = as(TestUsers.visitor()).body(Map.of("message", "Frage", "consent", true))
                .post("/api/booths/" + slug + "/contact-requests").then().statusCode(201).extract().path("id");
        as(TestUsers.exhibitorSoest()).body(Map.of("status", "erledigt"))
                .patch("/api/booths/" + slug + "/contact-requests/" + id).then().statusCode(200);
        return boothName;
    }

    @Test
    void preferencesAreOwnAndAdminTopicsOnlyForAdmins() {
        as(TestUsers.visitor()).get("/api/me/notifications/preferences").then().statusCode(200)
                .body("hasEmail", equalTo(true))
                .body("topics.topic", hasItem("conversation"))
                .body("topics.topic", not(hasItem("review")));
        as(TestUsers.admin()).get("/api/me/notifications/preferences").then().statusCode(200)
                .body("topics.topic", hasItem("review")).body("topics.topic", hasItem("report"));
        as(TestUsers.visitor()).body(Map.of("topics", List.of(Map.of("topic", "review", "delivery", "immediate"))))
                .put("/api/me/notifications/preferences").then().statusCode(403);
        as(TestUsers.visitor()).body(Map.of("topics", List.of(Map.of("topic", "conversation", "delivery", "sometimes"))))
                .put("/api/me/notifications/preferences").then().statusCode(400);
        as(TestUsers.visitor()).body(Map.of("topics", List.of(Map.of("topic", "gossip", "delivery", "app"))))
                .put("/api/me/notifications/preferences").then().statusCode(400);
        as(null).get("/api/me/notifications/preferences").then().statusCode(401);

        set(TestUsers.exhibitorSoest(), "booth", "digest");
        try {
            as(TestUsers.visitor()).get("/api/me/notifications/preferences").then()
                    .body("topics.find { it.topic == 'booth' }.delivery", equalTo("app"));
            as(TestUsers.exhibitorSoest()).get("/api/me/notifications/preferences").then()
                    .body("topics.find { it.topic == 'booth' }.delivery", equalTo("digest"));
            // the preferences and what the centre knows to reach the user are theirs to see in "Meine Daten"
            as(TestUsers.exhibitorSoest()).get("/api/me/data").then().statusCode(200)
                    .body("areas.notifications.preferences.find { it.topic == 'booth' }.delivery", equalTo("digest"))
                    .body("areas.notifications.recipient[0].email", equalTo("aussteller-soest@example.org"));
        } finally {
            set(TestUsers.exhibitorSoest(), "booth", "app");
        }
    }

    @Test
    void anImmediateMailCarriesAOneClickUnsubscribeThatRefusesTamperedTokens() {
        set(TestUsers.visitor(), "contact", "immediate");
        try {
            String boothName = answeredContactRequest();
            MailInbox.Mail mail = MailInbox.await(VISITOR_MAIL, m -> m.subject().contains(boothName));
            assertTrue(mail.text().contains("Kontaktanfrage"), mail.text());
            assertTrue(mail.text().contains("<html lang=\"de\""), mail.text());
            assertEquals("List-Unsubscribe=One-Click", mail.headers().get("List-Unsubscribe-Post"));
            String link = mail.headers().get("List-Unsubscribe").replaceAll("^<|>$", "");
            String token = link.substring(link.indexOf("token=") + "token=".length());

            String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
            RestAssured.given().queryParam("token", tampered).post("/api/notifications/unsubscribe").then().statusCode(400);
            String otherUser = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("aussteller-soest".getBytes())
                    + token.substring(token.indexOf('.'));
            RestAssured.given().queryParam("token", otherUser).post("/api/notifications/unsubscribe").then().statusCode(400);
            RestAssured.given().queryParam("token", "kaputt").get("/api/notifications/unsubscribe").then().statusCode(400);
            as(TestUsers.visitor()).get("/api/me/notifications/preferences").then()
                    .body("topics.find { it.topic == 'contact' }.delivery", equalTo("immediate"));

            RestAssured.given().queryParam("token", token).get("/api/notifications/unsubscribe").then().statusCode(200)
                    .body(containsString("<form method=\"post\""));
            RestAssured.given().queryParam("token", token).contentType("application/x-www-form-urlencoded")
                    .formParam("List-Unsubscribe", "One-Click").post("/api/notifications/unsubscribe")
                    .then().statusCode(200).body(containsString("keine E-Mails"));
            as(TestUsers.visitor()).get("/api/me/notifications/preferences").then()
                    .body("topics.find { it.topic == 'contact' }.delivery", equalTo("app"));
        } finally {
            set(TestUsers.visitor(), "contact", "app");
        }
    }

    @Test
    void theDailyDigestCollectsUnreadNotificationsOnceAcrossInstances() {
        set(TestUsers.visitor(), "contact", "digest");
        try {
            as(TestUsers.visitor()).post("/api/me/notifications/read").then().statusCode(200);
            String boothName = answeredContactRequest();
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE job_lock SET last_run_at = NULL,"
                    + " locked_until = '1970-01-01 00:00:01' WHERE name = 'notification-digest'").executeUpdate());
            ZonedDateTime evening = ZonedDateTime.now(ZoneId.of("Europe/Berlin")).with(LocalTime.of(23, 0));

            assertTrue(jobs.digestIfDue(evening.toInstant()) >= 1);
            assertEquals(-1, jobs.digestIfDue(evening.plusMinutes(5).toInstant()));
            MailInbox.Mail digest = MailInbox.await(VISITOR_MAIL,
                    m -> m.subject().startsWith("Ihre Benachrichtigungen") && m.text().contains(boothName));
            assertTrue(digest.text().contains("/api/notifications/unsubscribe?token="), digest.text());
        } finally {
            set(TestUsers.visitor(), "contact", "app");
        }
    }

    @Test
    void mailsAreInTheLanguageTheUserLastUsed() {
        as(TestUsers.visitor()).header("Accept-Language", "en").body(Map.of("topics",
                List.of(Map.of("topic", "contact", "delivery", "immediate")))).put("/api/me/notifications/preferences")
                .then().statusCode(200);
        try {
            String boothName = answeredContactRequest();
            MailInbox.Mail mail = MailInbox.await(VISITOR_MAIL,
                    m -> m.subject().equals("Your contact request to booth " + boothName + " was handled"));
            assertTrue(mail.text().contains("<html lang=\"en\""), mail.text());
            assertTrue(mail.text().contains("Stop these e-mails"), mail.text());
        } finally {
            as(TestUsers.visitor()).header("Accept-Language", "de").body(Map.of("topics",
                    List.of(Map.of("topic", "contact", "delivery", "app")))).put("/api/me/notifications/preferences")
                    .then().statusCode(200);
        }
    }
}
