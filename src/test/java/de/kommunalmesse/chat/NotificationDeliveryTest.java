package de.kommunalmesse.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A new notification reaches every open connection of its user at once, and nobody else's. */
@QuarkusTest
class NotificationDeliveryTest extends ChatTestBase {

    @Inject
    TestData testData;

    @Test
    void aNewNotificationReachesEveryOpenTabOfItsUser() {
        ChatClient firstTab = connect(TestUsers.exhibitorSoest());
        ChatClient secondTab = connect(TestUsers.exhibitorSoest());
        ChatClient someoneElse = connect(TestUsers.moderator());
        String slug = testData.ownBooth();
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(60);
        de.kommunalmesse.testsupport.Api.as(TestUsers.exhibitorSoest()).body(Map.of("date", day.toString(), "from", "14:00",
                "to", "15:00", "slotMinutes", 60, "videoLink", "https://video.example.org/r"))
                .post("/api/booths/" + slug + "/meetings/availability").then().statusCode(201);
        long slot = de.kommunalmesse.testsupport.Api.as(null).get("/api/booths/" + slug + "/meetings/slots")
                .then().extract().jsonPath().getLong("slots[0].id");
        de.kommunalmesse.testsupport.Api.as(TestUsers.visitor()).body(Map.of("slotId", slot, "topic", "Live"))
                .post("/api/meetings").then().statusCode(201);

        JsonNode first = firstTab.await("notification", frame -> true);
        secondTab.await("notification", frame -> true);
        assertEquals("notification", first.path("type").asText());
        // another user's tab hears nothing (await gives up after its timeout)
        assertThrows(AssertionError.class, () -> someoneElse.await("notification", frame -> true));
    }
}
