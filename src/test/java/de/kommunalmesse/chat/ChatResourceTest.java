package de.kommunalmesse.chat;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The chat's REST side: channel state, history pages, read pointers. */
@QuarkusTest
class ChatResourceTest extends ChatTestBase {

    @Test
    void historyPagesBackwardsOverRest() {
        String channel = "stage:" + data.stage();
        try (ChatClient client = connect(TestUsers.admin())) {
            client.subscribe(channel);
            for (int i = 1; i <= 3; i++) {
                client.post(channel, "Frage " + i);
            }
        }
        given().auth().oauth2(TestUsers.visitor())
                .queryParam("limit", 2)
                .when().get("/api/chat/channels/" + channel + "/messages")
                .then().statusCode(200)
                .body("messages.text", contains("Frage 2", "Frage 3"))
                .body("hasMore", equalTo(true));
        given().auth().oauth2(TestUsers.visitor())
                .queryParam("limit", 2).queryParam("before", 2)
                .when().get("/api/chat/channels/" + channel + "/messages")
                .then().statusCode(200)
                .body("messages.text", contains("Frage 1"))
                .body("hasMore", equalTo(false));
        given().auth().oauth2(TestUsers.visitor())
                .queryParam("limit", 1000)
                .when().get("/api/chat/channels/" + channel + "/messages")
                .then().statusCode(400);
    }

    @Test
    void channelShowsHeadPermissionsAndUnread() {
        String channel = "lobby:" + data.eventDay();
        try (ChatClient client = connect(TestUsers.admin())) {
            client.subscribe(channel);
            client.post(channel, "Willkommen in der Lobby");
        }
        given().auth().oauth2(TestUsers.visitor())
                .when().get("/api/chat/channels/" + channel)
                .then().statusCode(200)
                .body("head", equalTo(1))
                .body("unread", equalTo(1))
                .body("permissions.write", equalTo(true))
                .body("permissions.moderate", equalTo(false));
        given().auth().oauth2(TestUsers.visitor()).contentType(ContentType.JSON)
                .body(Map.of("seq", 1))
                .when().put("/api/chat/channels/" + channel + "/read")
                .then().statusCode(200)
                .body("unread", equalTo(0));
        given().auth().oauth2(TestUsers.admin())
                .when().get("/api/chat/channels/" + channel)
                .then().statusCode(200)
                .body("permissions.moderate", equalTo(true))
                .body("unread", equalTo(0));
    }

    @Test
    void anonymousReadsOverRestWhereAllowed() {
        String channel = "booth:" + data.booth();
        given().when().get("/api/chat/channels/" + channel + "/messages")
                .then().statusCode(401);
        given().auth().oauth2(TestUsers.admin()).contentType(ContentType.JSON)
                .body(Map.of("anonymousRead", true))
                .when().put("/api/chat/channels/" + channel + "/settings")
                .then().statusCode(200);
        given().when().get("/api/chat/channels/" + channel)
                .then().statusCode(200)
                .body("permissions.write", equalTo(false))
                .body("unread", nullValue());
        given().contentType(ContentType.JSON).body(Map.of("seq", 1))
                .when().put("/api/chat/channels/" + channel + "/read")
                .then().statusCode(401);
    }

    @Test
    void malformedAndUnknownChannelsAreRefused() {
        given().auth().oauth2(TestUsers.visitor())
                .when().get("/api/chat/channels/kanal")
                .then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(TestUsers.visitor())
                .when().get("/api/chat/channels/booth:gibt-es-nicht")
                .then().statusCode(404);
        given().auth().oauth2(TestUsers.visitor())
                .when().get("/api/chat/channels/dm:999999999")
                .then().statusCode(404);
        given().auth().oauth2(TestUsers.visitor()).header("Accept-Language", "en")
                .when().get("/api/chat/channels/lobby:999999999")
                .then().statusCode(404)
                .body("detail", equalTo("There is no chat channel \"lobby:999999999\"."));
    }
}
