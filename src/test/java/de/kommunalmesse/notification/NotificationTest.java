package de.kommunalmesse.notification;

import static de.kommunalmesse.testsupport.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NotificationTest {

    @Inject
    TestData data;

    /** Publishes an hour at a new booth of aussteller-soest and books its first slot as the visitor; returns the meeting id. */
    static long bookedMeeting(TestData data, String topic) {
        String slug = data.ownBooth();
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(50);
        as(TestUsers.exhibitorSoest()).body(Map.of("date", day.toString(), "from", "14:00", "to", "15:00", "slotMinutes", 60,
                "videoLink", "https://video.example.org/r")).post("/api/booths/" + slug + "/meetings/availability")
                .then().statusCode(201);
        long slot = as(null).get("/api/booths/" + slug + "/meetings/slots").then().extract().jsonPath().getLong("slots[0].id");
        return as(TestUsers.visitor()).body(Map.of("slotId", slot, "topic", topic)).post("/api/meetings")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void theExpertIsNotifiedOfABookingAndTheVisitorOfTheCancellation() {
        String topic = "Benachrichtigt " + data.unique();
        long meeting = bookedMeeting(data, topic);

        JsonPath expert = as(TestUsers.exhibitorSoest()).get("/api/me/notifications").then().statusCode(200).extract().jsonPath();
        Map<String, Object> booked = expert.getMap("items.find { it.subject == '" + topic + "' }");
        org.junit.jupiter.api.Assertions.assertEquals("meeting.booked", booked.get("kind"));
        org.junit.jupiter.api.Assertions.assertEquals("/termine/" + meeting, booked.get("link"));
        org.junit.jupiter.api.Assertions.assertEquals(false, booked.get("read"));
        // the side that acted is not told what it did itself
        as(TestUsers.visitor()).get("/api/me/notifications").then().body("items.subject", not(hasItem(topic)));

        long unread = expert.getLong("unread");
        int id = (Integer) booked.get("id");
        as(TestUsers.moderator()).post("/api/me/notifications/" + id + "/read").then().statusCode(404);
        as(TestUsers.exhibitorSoest()).post("/api/me/notifications/" + id + "/read").then().statusCode(200).body("read", equalTo(true));
        as(TestUsers.exhibitorSoest()).get("/api/me/notifications").then().body("unread", equalTo((int) unread - 1));

        as(TestUsers.exhibitorSoest()).body(Map.of("reason", "Krank")).post("/api/meetings/" + meeting + "/cancel").then().statusCode(200);
        as(TestUsers.visitor()).get("/api/me/notifications").then().statusCode(200)
                .body("items.find { it.subject == '" + topic + "' }.kind", equalTo("meeting.cancelled"));
        as(TestUsers.visitor()).post("/api/me/notifications/read").then().statusCode(200).body("unread", equalTo(0));
        as(TestUsers.visitor()).get("/api/me/data").then().body("areas.notifications.notifications.subject", hasItem(topic));
        as(null).get("/api/me/notifications").then().statusCode(401);
    }
}
