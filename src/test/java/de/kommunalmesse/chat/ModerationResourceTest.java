package de.kommunalmesse.chat;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report queue, sanctions and the moderation log over REST. */
@QuarkusTest
class ModerationResourceTest extends ChatTestBase {

    private long post(String token, String channel, String text) {
        try (ChatClient client = connect(token)) {
            client.subscribe(channel);
            return client.post(channel, text).path("seq").asLong();
        }
    }

    @Test
    void reportedMessageReachesTheAdminQueueAndIsDeletedOnResolution() {
        String channel = "booth:" + data.booth();
        long seq = post(TestUsers.exhibitorSoest(), channel, "Unerwünschte Werbung");

        int report = given().auth().oauth2(TestUsers.visitor()).contentType(ContentType.JSON)
                .body(Map.of("reason", "Werbung"))
                .when().post("/api/chat/channels/" + channel + "/messages/" + seq + "/reports")
                .then().statusCode(201)
                .body("text", equalTo("Unerwünschte Werbung"))
                .extract().path("id");
        given().auth().oauth2(TestUsers.visitor()).contentType(ContentType.JSON)
                .body(Map.of("reason", "Nochmal"))
                .when().post("/api/chat/channels/" + channel + "/messages/" + seq + "/reports")
                .then().statusCode(409);

        given().auth().oauth2(TestUsers.admin())
                .queryParam("size", 200)
                .when().get("/api/chat/moderation/reports")
                .then().statusCode(200)
                .body("items.id", hasItem(report));

        given().auth().oauth2(TestUsers.admin()).contentType(ContentType.JSON)
                .body(Map.of("status", "resolved", "deleteMessage", true, "note", "gelöscht"))
                .when().post("/api/chat/moderation/reports/" + report + "/resolve")
                .then().statusCode(200)
                .body("status", equalTo("resolved"))
                .body("handledBy", equalTo("kdn-admin"));

        given().auth().oauth2(TestUsers.admin())
                .when().get("/api/chat/channels/" + channel + "/messages")
                .then().statusCode(200)
                .body("messages[0].deleted", equalTo(true))
                .body("messages[0].deletedBy", equalTo("moderator"));
        given().auth().oauth2(TestUsers.admin())
                .queryParam("size", 200)
                .when().get("/api/chat/moderation/reports")
                .then().statusCode(200)
                .body("items.id", not(hasItem(report)));
        given().auth().oauth2(TestUsers.admin())
                .queryParam("channel", channel)
                .when().get("/api/chat/moderation/log")
                .then().statusCode(200)
                .body("items.action", hasItems("message-reported", "message-deleted", "report-resolved"));
    }

    @Test
    void onlyAdminsSeeTheQueueAndTheLog() {
        given().auth().oauth2(TestUsers.exhibitorSoest())
                .when().get("/api/chat/moderation/reports")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestUsers.exhibitorSoest())
                .when().post("/api/chat/moderation/reports/1/resolve")
                .then().statusCode(415);
        given().auth().oauth2(TestUsers.exhibitorSoest()).contentType(ContentType.JSON)
                .body(Map.of("status", "dismissed"))
                .when().post("/api/chat/moderation/reports/1/resolve")
                .then().statusCode(403);
        given().auth().oauth2(TestUsers.exhibitorSoest())
                .when().get("/api/chat/moderation/log")
                .then().statusCode(403);
    }

    @Test
    void staffMuteInTheirBoothAndEveryActionIsLogged() {
        String channel = "booth:" + data.booth("aussteller-soest");
        long seq = post(TestUsers.visitor(), channel, "Störende Nachricht");

        int sanction = given().auth().oauth2(TestUsers.exhibitorSoest()).contentType(ContentType.JSON)
                .body(Map.of("kind", "mute", "channel", channel, "seq", seq, "minutes", 10, "reason", "Störung"))
                .when().post("/api/chat/moderation/sanctions")
                .then().statusCode(201)
                .body("user", equalTo("besucher"))
                // Named over REST without the edition, it is the current edition's channel
                .body("channel", equalTo("booth:" + data.boothKey(channel.substring("booth:".length()))))
                .extract().path("id");
        given().auth().oauth2(TestUsers.exhibitorSoest())
                .queryParam("channel", channel)
                .when().get("/api/chat/moderation/sanctions")
                .then().statusCode(200)
                .body("items.id", hasItem(sanction))
                .body("items.find { it.id == " + sanction + " }.userName", equalTo("Bea Sucher"))
                .body("items.find { it.id == " + sanction + " }.createdByName", equalTo("Sven Sörensen"))
                .body("items.find { it.id == " + sanction + " }.reason", equalTo("Störung"));
        given().auth().oauth2(TestUsers.exhibitorSoest())
                .queryParam("channel", "booth:" + data.booth())
                .when().get("/api/chat/moderation/sanctions")
                .then().statusCode(403);
        given().auth().oauth2(TestUsers.exhibitorSoest())
                .when().get("/api/chat/moderation/sanctions")
                .then().statusCode(403);
        given().auth().oauth2(TestUsers.visitor())
                .when().post("/api/chat/moderation/sanctions/" + sanction + "/lift")
                .then().statusCode(403);
        given().auth().oauth2(TestUsers.exhibitorSoest())
                .when().post("/api/chat/moderation/sanctions/" + sanction + "/lift")
                .then().statusCode(200)
                .body("liftedBy", equalTo("aussteller-soest"));

        given().auth().oauth2(TestUsers.admin())
                .queryParam("channel", channel)
                .when().get("/api/chat/moderation/log")
                .then().statusCode(200)
                .body("items.action", hasItems("user-muted", "sanction-lifted"))
                .body("items.find { it.action == 'user-muted' }.actor", equalTo("aussteller-soest"))
                .body("items.find { it.action == 'user-muted' }.targetUser", equalTo("besucher"));
    }

    @Test
    void sanctionsNeedATargetAndMutesADuration() {
        String channel = "booth:" + data.booth("aussteller-soest");
        given().auth().oauth2(TestUsers.exhibitorSoest()).contentType(ContentType.JSON)
                .body(Map.of("kind", "mute", "channel", channel, "minutes", 5))
                .when().post("/api/chat/moderation/sanctions")
                .then().statusCode(400);
        given().auth().oauth2(TestUsers.exhibitorSoest()).contentType(ContentType.JSON)
                .body(Map.of("kind", "mute", "user", "besucher", "channel", channel))
                .when().post("/api/chat/moderation/sanctions")
                .then().statusCode(400);
        given().auth().oauth2(TestUsers.exhibitorSoest()).contentType(ContentType.JSON)
                .body(Map.of("kind", "ban", "user", "aussteller-soest", "channel", channel))
                .when().post("/api/chat/moderation/sanctions")
                .then().statusCode(409);
    }

    @Test
    void adminBansEverywhere() {
        String first = "booth:" + data.booth();
        String second = "stage:" + data.stage();
        try (ChatClient visitor = connect(TestUsers.visitor())) {
            visitor.subscribe(first);
            visitor.subscribe(second);
            int sanction = given().auth().oauth2(TestUsers.admin()).contentType(ContentType.JSON)
                    .body(Map.of("kind", "ban", "user", "besucher", "minutes", 1, "reason", "Test"))
                    .when().post("/api/chat/moderation/sanctions")
                    .then().statusCode(201)
                    .extract().path("id");
            try {
                visitor.await("unsubscribed", f -> first.equals(f.path("channel").asText()));
                visitor.await("unsubscribed", f -> second.equals(f.path("channel").asText()));
            } finally {
                given().auth().oauth2(TestUsers.admin())
                        .when().post("/api/chat/moderation/sanctions/" + sanction + "/lift")
                        .then().statusCode(200);
            }
            visitor.subscribe(first);
        }
    }
}
