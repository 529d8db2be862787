package de.kommunalmesse.chat;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every action checks who acts: visitors do not moderate, staff of one booth do not moderate another
 * booth or read its conversations, muted and banned users do not post. Each refusal next to what the
 * right person may do, so that a refusal cannot pass by refusing everything.
 */
@QuarkusTest
class ChatAuthorizationTest extends ChatTestBase {

    @Test
    void visitorCannotModerate() {
        String channel = "booth:" + data.booth("aussteller-soest");
        try (ChatClient staff = connect(TestUsers.exhibitorSoest()); ChatClient visitor = connect(TestUsers.visitor())) {
            staff.subscribe(channel);
            JsonNode subscribed = visitor.subscribe(channel);
            assertEquals(false, subscribed.path("permissions").path("moderate").asBoolean());
            long seq = staff.post(channel, "Willkommen am Stand").path("seq").asLong();

            assertEquals("not-own-message", visitor.error(visitor.send("delete", Map.of("channel", channel, "seq", seq))));
        }
        given().auth().oauth2(TestUsers.visitor()).contentType(ContentType.JSON)
                .body(Map.of("slowModeSeconds", 30))
                .when().put("/api/chat/channels/" + channel + "/settings")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestUsers.visitor()).contentType(ContentType.JSON)
                .body(Map.of("kind", "mute", "user", "aussteller-soest", "channel", channel, "minutes", 5))
                .when().post("/api/chat/moderation/sanctions")
                .then().statusCode(403);
        given().auth().oauth2(TestUsers.visitor())
                .when().get("/api/chat/moderation/reports")
                .then().statusCode(403);
        given().auth().oauth2(TestUsers.visitor())
                .when().get("/api/chat/moderation/log")
                .then().statusCode(403);
        given().auth().oauth2(TestUsers.visitor())
                .when().delete("/api/chat/channels/" + channel + "/messages/1")
                .then().statusCode(403);
    }

    @Test
    void staffModerateTheirOwnBoothButNotAnother() {
        String own = "booth:" + data.booth("aussteller-soest");
        String foreign = "booth:" + data.booth("jemand-anderes");
        try (ChatClient staff = connect(TestUsers.exhibitorSoest()); ChatClient visitor = connect(TestUsers.visitor())) {
            staff.subscribe(own);
            staff.subscribe(foreign);
            visitor.subscribe(own);
            visitor.subscribe(foreign);
            long inOwn = visitor.post(own, "Frage am eigenen Stand").path("seq").asLong();
            long inForeign = visitor.post(foreign, "Frage am fremden Stand").path("seq").asLong();

            assertEquals("not-own-message", staff.error(staff.send("delete", Map.of("channel", foreign, "seq", inForeign))));
            staff.reply(staff.send("delete", Map.of("channel", own, "seq", inOwn)), "ack");
            JsonNode deleted = visitor.await("message", f -> own.equals(f.path("channel").asText())
                    && f.path("message").path("deleted").asBoolean()).path("message");
            assertEquals("moderator", deleted.path("deletedBy").asText());
        }
        given().auth().oauth2(TestUsers.exhibitorSoest())
                .when().delete("/api/chat/channels/" + foreign + "/messages/1")
                .then().statusCode(403);
        given().auth().oauth2(TestUsers.exhibitorSoest()).contentType(ContentType.JSON)
                .body(Map.of("kind", "mute", "user", "besucher", "channel", foreign, "minutes", 5))
                .when().post("/api/chat/moderation/sanctions")
                .then().statusCode(403);
        given().auth().oauth2(TestUsers.exhibitorSoest()).contentType(ContentType.JSON)
                .body(Map.of("slowModeSeconds", 10))
                .when().put("/api/chat/channels/" + foreign + "/settings")
                .then().statusCode(403);
        given().auth().oauth2(TestUsers.exhibitorSoest()).contentType(ContentType.JSON)
                .body(Map.of("slowModeSeconds", 10))
                .when().put("/api/chat/channels/" + own + "/settings")
                .then().statusCode(200).body("slowModeSeconds", equalTo(10));
        given().auth().oauth2(TestUsers.exhibitorSoest()).contentType(ContentType.JSON)
                .body(Map.of("anonymousRead", true))
                .when().put("/api/chat/channels/" + own + "/settings")
                .then().statusCode(403);
    }

    @Test
    void staffCannotModerateStagesOrBanEverywhere() {
        String stage = "stage:" + data.stage();
        given().auth().oauth2(TestUsers.exhibitorSoest()).contentType(ContentType.JSON)
                .body(Map.of("kind", "ban", "user", "besucher", "channel", stage))
                .when().post("/api/chat/moderation/sanctions")
                .then().statusCode(403);
        given().auth().oauth2(TestUsers.exhibitorSoest()).contentType(ContentType.JSON)
                .body(Map.of("kind", "ban", "user", "besucher", "minutes", 1))
                .when().post("/api/chat/moderation/sanctions")
                .then().statusCode(403);
    }

    @Test
    void staffOfAnotherBoothCannotReadItsConversations() {
        String booth = data.booth("jemand-anderes");
        int id = given().auth().oauth2(TestUsers.visitor()).contentType(ContentType.JSON)
                .body(Map.of("booth", booth))
                .when().post("/api/chat/conversations")
                .then().statusCode(200)
                .extract().path("id");
        String channel = "dm:" + id;

        try (ChatClient otherStaff = connect(TestUsers.exhibitorSoest()); ChatClient admin = connect(TestUsers.admin())) {
            assertEquals("forbidden", otherStaff.error(otherStaff.send("subscribe", Map.of("channel", channel))));
            assertEquals("forbidden", otherStaff.error(otherStaff.send("history", Map.of("channel", channel))));
            admin.subscribe(channel);
        }
        given().auth().oauth2(TestUsers.exhibitorSoest())
                .when().get("/api/chat/conversations/" + id)
                .then().statusCode(403);
        given().auth().oauth2(TestUsers.exhibitorSoest())
                .when().get("/api/chat/channels/" + channel + "/messages")
                .then().statusCode(403);
        given().auth().oauth2(TestUsers.exhibitorSoest())
                .when().get("/api/chat/booths/" + booth + "/conversations")
                .then().statusCode(403);
        given().auth().oauth2(TestUsers.exhibitorSoest())
                .when().post("/api/chat/conversations/" + id + "/claim")
                .then().statusCode(403);
        given().when().get("/api/chat/channels/" + channel + "/messages")
                .then().statusCode(401);
    }

    @Test
    void mutedUserCannotSendInThatChannel() {
        String channel = "booth:" + data.booth("aussteller-soest");
        String elsewhere = "booth:" + data.booth();
        try (ChatClient visitor = connect(TestUsers.visitor())) {
            visitor.subscribe(channel);
            visitor.subscribe(elsewhere);
            given().auth().oauth2(TestUsers.exhibitorSoest()).contentType(ContentType.JSON)
                    .body(Map.of("kind", "mute", "user", "besucher", "channel", channel, "minutes", 5, "reason", "Werbung"))
                    .when().post("/api/chat/moderation/sanctions")
                    .then().statusCode(201).body("kind", equalTo("mute"));

            String ref = visitor.send("send", Map.of("channel", channel, "clientMsgId", "m-1", "text", "Kauft bei uns!"));
            JsonNode error = visitor.await(f -> ref.equals(f.path("ref").asText()));
            assertEquals("muted", error.path("code").asText());
            assertTrue(error.path("message").asText().contains("5 Minute"), error.toString());
            visitor.post(elsewhere, "Woanders darf ich");
        }
    }

    @Test
    void bannedUserLosesTheChannelAndCannotComeBack() {
        String channel = "booth:" + data.booth();
        try (ChatClient visitor = connect(TestUsers.visitor())) {
            visitor.subscribe(channel);
            int sanction = given().auth().oauth2(TestUsers.admin()).contentType(ContentType.JSON)
                    .body(Map.of("kind", "ban", "user", "besucher", "channel", channel))
                    .when().post("/api/chat/moderation/sanctions")
                    .then().statusCode(201)
                    .extract().path("id");

            JsonNode unsubscribed = visitor.await("unsubscribed", f -> channel.equals(f.path("channel").asText()));
            assertEquals("banned", unsubscribed.path("reason").asText());
            assertEquals("not-subscribed", visitor.error(visitor.send("send", Map.of("channel", channel,
                    "clientMsgId", "b-1", "text", "Hallo?"))));
            assertEquals("banned", visitor.error(visitor.send("subscribe", Map.of("channel", channel))));

            given().auth().oauth2(TestUsers.admin())
                    .when().post("/api/chat/moderation/sanctions/" + sanction + "/lift")
                    .then().statusCode(200);
            visitor.subscribe(channel);
            visitor.post(channel, "Wieder da");
        }
    }

    @Test
    void slowModeSpacesMessagesButNotModerators() {
        String channel = "booth:" + data.booth("aussteller-soest");
        try (ChatClient staff = connect(TestUsers.exhibitorSoest()); ChatClient visitor = connect(TestUsers.visitor())) {
            staff.subscribe(channel);
            visitor.subscribe(channel);
            given().auth().oauth2(TestUsers.exhibitorSoest()).contentType(ContentType.JSON)
                    .body(Map.of("slowModeSeconds", 60))
                    .when().put("/api/chat/channels/" + channel + "/settings")
                    .then().statusCode(200);
            visitor.await("settings", f -> channel.equals(f.path("channel").asText()));

            visitor.post(channel, "Erste Frage");
            String ref = visitor.send("send", Map.of("channel", channel, "clientMsgId", "slow-2", "text", "Zweite"));
            JsonNode error = visitor.await(f -> ref.equals(f.path("ref").asText()));
            assertEquals("slow-mode", error.path("code").asText());
            assertTrue(error.path("retryAfterMs").asLong() > 50_000, error.toString());

            staff.post(channel, "Antwort eins");
            staff.post(channel, "Antwort zwei");
        }
    }

    @Test
    void closedConversationTakesNoMessages() {
        String booth = data.booth("aussteller-soest");
        int id = given().auth().oauth2(TestUsers.visitor()).contentType(ContentType.JSON)
                .body(Map.of("booth", booth))
                .when().post("/api/chat/conversations")
                .then().statusCode(200).extract().path("id");
        given().auth().oauth2(TestUsers.exhibitorSoest())
                .when().post("/api/chat/conversations/" + id + "/close")
                .then().statusCode(200).body("status", equalTo("closed"));
        try (ChatClient visitor = connect(TestUsers.visitor())) {
            visitor.subscribe("dm:" + id);
            assertEquals("conversation-closed", visitor.error(visitor.send("send", Map.of("channel", "dm:" + id,
                    "clientMsgId", "c-1", "text", "Noch eine Frage"))));
        }
    }

    @Test
    void anonymousCannotUseWhatNeedsALogin() {
        String channel = "booth:" + data.booth();
        given().contentType(ContentType.JSON).body(Map.of("slowModeSeconds", 5))
                .when().put("/api/chat/channels/" + channel + "/settings")
                .then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("booth", "x"))
                .when().post("/api/chat/conversations")
                .then().statusCode(401);
        given().when().get("/api/chat/moderation/reports")
                .then().statusCode(401);
        given().when().get("/api/chat/channels/" + channel)
                .then().statusCode(401).contentType("application/problem+json");
        given().when().get("/api/chat/unread")
                .then().statusCode(401);
    }
}
