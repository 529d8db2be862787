package de.kommunalmesse.chat;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "Gespräch mit dem Standteam", the staff console and "N Expertinnen/Experten online". */
@QuarkusTest
class ConversationTest extends ChatTestBase {

    private static int open(String booth) {
        return given().auth().oauth2(TestUsers.visitor()).contentType(ContentType.JSON)
                .body(Map.of("booth", booth))
                .when().post("/api/chat/conversations")
                .then().statusCode(200)
                .extract().path("id");
    }

    @Test
    void staffOnDutySeeTheConversationAndTheVisitorSeesWhoAnswers() {
        String booth = data.booth("aussteller-soest");
        try (ChatClient staff = connect(TestUsers.exhibitorSoest()); ChatClient visitor = connect(TestUsers.visitor())) {
            staff.reply(staff.send("duty", Map.of("booth", booth, "on", true)), "duty");

            int id = open(booth);
            String channel = "dm:" + id;
            JsonNode opened = staff.await("conversation", f -> f.path("conversation").path("id").asInt() == id);
            assertEquals("Bea Sucher", opened.path("conversation").path("visitorName").asText());

            JsonNode subscribed = visitor.subscribe(channel);
            assertEquals("Aussteller aus-" + booth.substring("stand-".length()),
                    subscribed.path("conversation").path("exhibitorName").asText());
            visitor.post(channel, "Ich habe eine Frage zur Nachnutzung.");
            JsonNode activity = staff.await("conversation", f -> f.path("conversation").path("id").asInt() == id
                    && f.path("lastSeq").asLong() == 1);
            assertEquals("open", activity.path("conversation").path("status").asText());

            given().auth().oauth2(TestUsers.exhibitorSoest())
                    .when().get("/api/chat/booths/" + booth + "/conversations")
                    .then().statusCode(200)
                    .body("", hasSize(1))
                    .body("[0].unread", equalTo(1))
                    .body("[0].visitorName", equalTo("Bea Sucher"));

            staff.subscribe(channel);
            staff.post(channel, "Gern, was möchten Sie wissen?");
            JsonNode answer = visitor.awaitMessage(channel, "Gern, was möchten Sie wissen?");
            assertEquals("Sven Sörensen", answer.path("author").path("name").asText());
            assertEquals("staff", answer.path("author").path("role").asText());
            JsonNode handled = visitor.await("conversation", f -> f.path("conversation").path("id").asInt() == id
                    && "Sven Sörensen".equals(f.path("conversation").path("handlerName").asText()));
            assertEquals(2, handled.path("lastSeq").asLong());
        }
        given().auth().oauth2(TestUsers.visitor())
                .when().get("/api/chat/conversations")
                .then().statusCode(200)
                .body("find { it.booth == '" + data.boothKey(booth) + "' }.handlerName", equalTo("Sven Sörensen"))
                .body("find { it.booth == '" + data.boothKey(booth) + "' }.unread", equalTo(1));
    }

    @Test
    void staffOnDutyLearnOfANewConversationAndSeeItCountedAsWaitingUntilClaimed() {
        String booth = data.booth("aussteller-soest");
        String key = data.boothKey(booth);
        String waitingHere = "find { it.booth == '" + key + "' }";
        given().auth().oauth2(TestUsers.exhibitorSoest())
                .when().get("/api/chat/conversations/waiting")
                .then().statusCode(200).body(waitingHere, nullValue());

        try (ChatClient staff = connect(TestUsers.exhibitorSoest())) {
            staff.reply(staff.send("duty", Map.of("booth", booth, "on", true)), "duty");
            int id = open(booth);
            // The frame that makes the header's count ask again, on whatever page the staff member is
            staff.await("conversation", f -> f.path("conversation").path("id").asInt() == id);
            given().auth().oauth2(TestUsers.exhibitorSoest())
                    .when().get("/api/chat/conversations/waiting")
                    .then().statusCode(200)
                    .body(waitingHere + ".waiting", equalTo(1))
                    .body(waitingHere + ".slug", equalTo(booth))
                    .body(waitingHere + ".boothName", equalTo("Stand " + booth.substring("stand-".length())));

            given().auth().oauth2(TestUsers.exhibitorSoest())
                    .when().post("/api/chat/conversations/" + id + "/claim")
                    .then().statusCode(200);
            staff.await("conversation", f -> f.path("conversation").path("id").asInt() == id
                    && "Sven Sörensen".equals(f.path("conversation").path("handlerName").asText()));
        }
        given().auth().oauth2(TestUsers.exhibitorSoest())
                .when().get("/api/chat/conversations/waiting")
                .then().statusCode(200).body(waitingHere, nullValue());
    }

    @Test
    void onlyStaffSeeWaitingConversationsOfABooth() {
        String booth = data.booth("aussteller-soest");
        open(booth);
        // The visitor staffs no booth: nothing, not even the conversation the visitor opened
        given().auth().oauth2(TestUsers.visitor())
                .when().get("/api/chat/conversations/waiting")
                .then().statusCode(200).body("", hasSize(0));
        given().when().get("/api/chat/conversations/waiting")
                .then().statusCode(401);
    }

    @Test
    void staffCloseAndReopenAndTheVisitorSeesIt() {
        String booth = data.booth("aussteller-soest");
        int id = open(booth);
        String channel = "dm:" + id;
        try (ChatClient visitor = connect(TestUsers.visitor())) {
            visitor.subscribe(channel);
            given().auth().oauth2(TestUsers.exhibitorSoest())
                    .when().post("/api/chat/conversations/" + id + "/close")
                    .then().statusCode(200);
            visitor.await("conversation", f -> "closed".equals(f.path("conversation").path("status").asText()));

            given().auth().oauth2(TestUsers.exhibitorSoest())
                    .when().post("/api/chat/conversations/" + id + "/reopen")
                    .then().statusCode(200).body("status", equalTo("open"));
            visitor.await("conversation", f -> "open".equals(f.path("conversation").path("status").asText()));
            visitor.post(channel, "Danke, noch etwas");
        }
        assertEquals(id, open(booth), "opening again returns the same conversation");
    }

    @Test
    void staffClaimAConversation() {
        String booth = data.booth("aussteller-soest");
        int id = open(booth);
        given().auth().oauth2(TestUsers.exhibitorSoest())
                .when().post("/api/chat/conversations/" + id + "/claim")
                .then().statusCode(200)
                .body("handlerName", equalTo("Sven Sörensen"));
        given().auth().oauth2(TestUsers.visitor())
                .when().post("/api/chat/conversations/" + id + "/claim")
                .then().statusCode(403);
    }

    @Test
    void staffCannotOpenAConversationWithTheirOwnBooth() {
        String booth = data.booth("aussteller-soest");
        given().auth().oauth2(TestUsers.exhibitorSoest()).contentType(ContentType.JSON)
                .body(Map.of("booth", booth))
                .when().post("/api/chat/conversations")
                .then().statusCode(409)
                .body("type", equalTo("urn:kommunalmesse:problem:conflict"));
        given().auth().oauth2(TestUsers.visitor()).contentType(ContentType.JSON)
                .body(Map.of("booth", "gibt-es-nicht"))
                .when().post("/api/chat/conversations")
                .then().statusCode(404);
    }

    @Test
    void boothPageCountsExpertsOnlineLive() {
        String booth = data.booth("aussteller-soest", "kdn-admin");
        try (ChatClient watcher = connect(null)) {
            JsonNode initial = watcher.reply(watcher.send("watch", Map.of("booth", booth)), "presence");
            assertEquals(0, initial.path("expertsOnline").asInt());

            try (ChatClient staff = connect(TestUsers.exhibitorSoest()); ChatClient second = connect(TestUsers.admin())) {
                staff.reply(staff.send("duty", Map.of("booth", booth, "on", true)), "duty");
                watcher.await("presence", f -> f.path("expertsOnline").asInt() == 1);
                second.reply(second.send("duty", Map.of("booth", booth, "on", true)), "duty");
                watcher.await("presence", f -> f.path("expertsOnline").asInt() == 2);
                given().when().get("/api/chat/booths/" + booth + "/presence")
                        .then().statusCode(200).body("expertsOnline", equalTo(2));

                second.reply(second.send("duty", Map.of("booth", booth, "on", false)), "duty");
            }
            watcher.await("presence", f -> f.path("expertsOnline").asInt() == 0);
        }
        try (ChatClient visitor = connect(TestUsers.visitor())) {
            assertEquals("forbidden", visitor.error(visitor.send("duty", Map.of("booth", booth, "on", true))));
        }
        given().when().get("/api/chat/booths/gibt-es-nicht/presence")
                .then().statusCode(404);
    }
}
