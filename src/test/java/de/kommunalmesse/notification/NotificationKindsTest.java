package de.kommunalmesse.notification;

import static de.kommunalmesse.testsupport.Api.as;
import static de.kommunalmesse.testsupport.Api.content;
import static de.kommunalmesse.testsupport.Api.saveDraft;
import static de.kommunalmesse.testsupport.Api.submit;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The notification kinds beyond meetings (docs/notifications.md) and the reminder job that runs once. */
@QuarkusTest
class NotificationKindsTest {

    @Inject
    TestData data;

    @Inject
    NotificationJobs jobs;

    @Inject
    EntityManager em;

    private static Map<String, Object> find(String token, String kind, String subject) {
        return as(token).get("/api/me/notifications").then().statusCode(200).extract().jsonPath()
                .getMap("items.find { it.kind == '" + kind + "' && it.subject == '" + subject + "' }");
    }

    @Test
    void adminsLearnOfAWaitingReviewAndTheExhibitorOfTheDecision() {
        as(TestUsers.admin()).get("/api/me/notifications").then().statusCode(200);
        String slug = data.ownBooth();
        String name = "Geprüft " + data.unique();
        int version = saveDraft(slug, content(name));
        version = submit(slug, version);

        Map<String, Object> waiting = find(TestUsers.admin(), "review.waiting", name);
        assertTrue(((String) waiting.get("link")).endsWith("/verwaltung/pruefung/" + slug), waiting.toString());
        as(TestUsers.exhibitorSoest()).get("/api/me/notifications").then().body("items.subject", not(hasItem(name)));

        as(TestUsers.admin()).body(Map.of("version", version, "reason", "Bitte Logo ergänzen"))
                .post("/api/booths/" + slug + "/reject").then().statusCode(200);
        Map<String, Object> rejected = find(TestUsers.exhibitorSoest(), "booth.rejected", name);
        assertEquals("Bitte Logo ergänzen", rejected.get("detail"));
        assertTrue(((String) rejected.get("link")).endsWith("/mein-stand/" + slug + "/bearbeiten"));
    }

    @Test
    void theVisitorLearnsThatTheTeamHandledTheirContactRequestUnlessTurnedOff() {
        String slug = data.ownBooth();
        String boothName = as(null).get("/api/booths/" + slug).then().extract().path("name");
        int id = as(TestUsers.visitor()).body(Map.of("message", "Frage", "consent", true))
                .post("/api/booths/" + slug + "/contact-requests").then().statusCode(201).extract().path("id");
        as(TestUsers.exhibitorSoest()).body(Map.of("status", "in-bearbeitung"))
                .patch("/api/booths/" + slug + "/contact-requests/" + id).then().statusCode(200);
        Map<String, Object> answered = find(TestUsers.visitor(), "contact.answered", boothName);
        assertEquals("in-bearbeitung", answered.get("detail"));

        as(TestUsers.visitor()).body(Map.of("topics", List.of(Map.of("topic", "contact", "delivery", "off"))))
                .put("/api/me/notifications/preferences").then().statusCode(200)
                .body("topics.find { it.topic == 'contact' }.delivery", equalTo("off"));
        try {
            as(TestUsers.visitor()).post("/api/me/notifications/read").then().statusCode(200);
            as(TestUsers.exhibitorSoest()).body(Map.of("status", "erledigt"))
                    .patch("/api/booths/" + slug + "/contact-requests/" + id).then().statusCode(200);
            as(TestUsers.visitor()).get("/api/me/notifications").then().body("unread", equalTo(0));
        } finally {
            as(TestUsers.visitor()).body(Map.of("topics", List.of(Map.of("topic", "contact", "delivery", "app"))))
                    .put("/api/me/notifications/preferences").then().statusCode(200);
        }
    }

    @Test
    void bothSidesAreRemindedOnceShortlyBeforeTheMeeting() {
        String topic = "Erinnert " + data.unique();
        long meeting = NotificationTest.bookedMeeting(data, topic);
        Instant start = Instant.parse(as(TestUsers.visitor()).get("/api/meetings/" + meeting).then().statusCode(200)
                .extract().path("startsAt"));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE job_lock SET last_run_at = NULL,"
                + " locked_until = '1970-01-01 00:00:01' WHERE name = 'notification-reminders'").executeUpdate());

        Instant now = start.minus(Duration.ofMinutes(5));
        assertTrue(jobs.remindIfDue(now) >= 2);
        // another instance at the same moment finds the job done
        assertEquals(-1, jobs.remindIfDue(now));
        // the next run covers only what starts after the previous horizon
        jobs.remindIfDue(now.plus(Duration.ofMinutes(1)));

        for (String token : List.of(TestUsers.visitor(), TestUsers.exhibitorSoest())) {
            List<Map<String, Object>> reminders = as(token).get("/api/me/notifications").then().statusCode(200).extract()
                    .jsonPath().getList("items.findAll { it.kind == 'reminder.meeting' && it.subject == '" + topic + "' }");
            assertEquals(1, reminders.size(), reminders.toString());
            assertEquals("/termine/" + meeting, reminders.get(0).get("link"));
        }
    }
}
