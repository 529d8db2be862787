package de.kommunalmesse.chat;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A reply in a private conversation becomes one notification for the visitor, however many messages follow. */
@QuarkusTest
class ConversationNotificationTest extends ChatTestBase {

    private static List<Map<String, Object>> replies(String token, int conversation) {
        return given().auth().oauth2(token).get("/api/me/notifications").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.kind == 'conversation.reply' && it.link == '/gespraeche/" + conversation + "' }");
    }

    private static List<Map<String, Object>> awaitReplies(String token, int conversation, int repeats) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<Map<String, Object>> found = List.of();
        while (System.nanoTime() < deadline) {
            found = replies(token, conversation);
            if (!found.isEmpty() && ((Number) found.get(0).get("repeats")).intValue() >= repeats) {
                return found;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return found;
    }

    @Test
    void staffRepliesMergeIntoOneUnreadNotificationForTheVisitor() {
        String booth = data.booth("aussteller-soest");
        int id = given().auth().oauth2(TestUsers.visitor()).contentType(ContentType.JSON).body(Map.of("booth", booth))
                .post("/api/chat/conversations").then().statusCode(200).extract().path("id");
        String channel = "dm:" + id;
        try (ChatClient staff = connect(TestUsers.exhibitorSoest()); ChatClient visitor = connect(TestUsers.visitor())) {
            visitor.subscribe(channel);
            visitor.post(channel, "Eine Frage");
            staff.subscribe(channel);
            staff.post(channel, "Gern.");
            staff.post(channel, "Was möchten Sie wissen?");
            visitor.awaitMessage(channel, "Was möchten Sie wissen?");
        }
        List<Map<String, Object>> merged = awaitReplies(TestUsers.visitor(), id, 2);
        assertEquals(1, merged.size(), merged.toString());
        assertEquals(2, ((Number) merged.get(0).get("repeats")).intValue());
        assertEquals("Sven Sörensen", merged.get(0).get("detail"));
        // the visitor's own question is no notification for themselves; it tells the handler only once handled
        assertEquals(List.of(), replies(TestUsers.exhibitorSoest(), id).stream()
                .filter(n -> ((Number) n.get("repeats")).intValue() > 1).toList());
    }

    @Test
    void helpOpensAConversationWithTheSupportTeamThatAdminsHandle() {
        given().auth().oauth2(TestUsers.admin()).get("/api/me/notifications").then().statusCode(200);
        int id = given().auth().oauth2(TestUsers.visitor()).post("/api/chat/conversations/support").then().statusCode(200)
                .body("boothName", org.hamcrest.Matchers.equalTo("Support-Team der Kommunalmesse")).extract().path("id");
        given().auth().oauth2(TestUsers.visitor()).post("/api/chat/conversations/support").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.equalTo(id));
        String channel = "dm:" + id;
        try (ChatClient admin = connect(TestUsers.admin()); ChatClient visitor = connect(TestUsers.visitor())) {
            visitor.subscribe(channel);
            visitor.post(channel, "Wie melde ich einen Stand an?");
            List<Map<String, Object>> asked = awaitKind(TestUsers.admin(), "conversation.support", id);
            assertEquals("Bea Sucher", asked.get(0).get("subject"));
            given().auth().oauth2(TestUsers.admin()).get("/api/chat/conversations/support").then().statusCode(200)
                    .body("id", org.hamcrest.Matchers.hasItem(id));

            admin.subscribe(channel);
            admin.post(channel, "Über „Mein Stand“.");
            visitor.awaitMessage(channel, "Über „Mein Stand“.");
        }
        List<Map<String, Object>> answered = awaitReplies(TestUsers.visitor(), id, 1);
        assertEquals("Support-Team der Kommunalmesse", answered.get(0).get("subject"));
        // booth staff are not the support team
        given().auth().oauth2(TestUsers.exhibitorSoest()).get("/api/chat/conversations/support").then().statusCode(403);
        given().auth().oauth2(TestUsers.exhibitorSoest()).get("/api/chat/conversations/" + id).then()
                .statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(403), org.hamcrest.Matchers.is(404)));
        given().post("/api/chat/conversations/support").then().statusCode(401);
    }

    private static List<Map<String, Object>> awaitKind(String token, String kind, int conversation) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<Map<String, Object>> found = List.of();
        while (System.nanoTime() < deadline && found.isEmpty()) {
            found = given().auth().oauth2(token).get("/api/me/notifications").then().statusCode(200).extract().jsonPath()
                    .getList("items.findAll { it.kind == '" + kind + "' && it.link == '/gespraeche/" + conversation + "' }");
            if (found.isEmpty()) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        assertEquals(1, found.size(), found.toString());
        return found;
    }
}
