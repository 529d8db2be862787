package de.kommunalmesse.chat;

import static de.kommunalmesse.testsupport.Api.as;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Staff on duty start a video meeting from a booth conversation: the room link arrives there as their message. */
@QuarkusTest
@TestProfile(InstantVideoTest.Jitsi.class)
class InstantVideoTest extends ChatTestBase {

    /** The operator configured Jitsi Meet (without tokens). */
    public static class Jitsi implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kommunalmesse.meetings.video.provider", "jitsi",
                    "kommunalmesse.meetings.video.jitsi.url-template", "https://meet.example.org/{room}");
        }
    }

    @Test
    void staffPostTheRoomLinkIntoTheConversation() {
        int id = as(TestUsers.visitor()).body(Map.of("booth", data.booth("aussteller-soest")))
                .post("/api/chat/conversations").then().statusCode(200).extract().path("id");
        String channel = "dm:" + id;
        try (ChatClient visitor = connect(TestUsers.visitor())) {
            visitor.subscribe(channel);
            as(TestUsers.visitor()).post("/api/chat/conversations/" + id + "/video").then().statusCode(403);
            as(TestUsers.exhibitorSoest()).header("Accept-Language", "en").post("/api/chat/conversations/" + id + "/video")
                    .then().statusCode(200);
            JsonNode message = visitor.await("message", m -> m.path("message").path("text").asText().contains("https://meet.example.org/"));
            String text = message.path("message").path("text").asText();
            assertTrue(text.startsWith("Video call started") && text.contains("kommunalmesse-gespraech-" + id + "-"), text);
        }
    }
}
