package de.kommunalmesse.chat;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import de.kommunalmesse.chat.delivery.ChatHub;
import de.kommunalmesse.chat.delivery.DirectSocket;
import de.kommunalmesse.chat.message.MessageWriter;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.LongStream;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The live chat over real WebSocket connections with real Keycloak tokens. */
@QuarkusTest
class ChatSocketTest extends ChatTestBase {

    @Inject
    ChatHub hub;

    @Inject
    MessageWriter writer;

    @Test
    void messageSentByOneClientReachesTheOther() {
        String channel = "booth:" + data.booth("aussteller-soest");
        try (ChatClient visitor = connect(TestUsers.visitor()); ChatClient staff = connect(TestUsers.exhibitorSoest())) {
            visitor.subscribe(channel);
            staff.subscribe(channel);

            JsonNode ack = visitor.post(channel, "Guten Tag, wie funktioniert die Ummeldung?");

            assertEquals(1, ack.path("seq").asLong());
            JsonNode received = staff.awaitMessage(channel, "Guten Tag, wie funktioniert die Ummeldung?");
            assertEquals(1, received.path("seq").asLong());
            assertEquals("besucher", received.path("author").path("username").asText());
            assertEquals("Bea Sucher", received.path("author").path("name").asText());
            assertFalse(received.path("deleted").asBoolean());

            staff.post(channel, "Ganz einfach online.");
            JsonNode answer = visitor.awaitMessage(channel, "Ganz einfach online.");
            assertEquals("staff", answer.path("author").path("role").asText(), "staff answers carry their role");
        }
    }

    @Test
    void retriedSendIsStoredAndDeliveredOnce() {
        String channel = "booth:" + data.booth();
        try (ChatClient sender = connect(TestUsers.visitor()); ChatClient receiver = connect(TestUsers.admin())) {
            sender.subscribe(channel);
            receiver.subscribe(channel);

            JsonNode first = sender.post(channel, "client-42", "Einmal bitte");
            JsonNode retry = sender.post(channel, "client-42", "Einmal bitte");

            assertFalse(first.path("duplicate").asBoolean());
            assertTrue(retry.path("duplicate").asBoolean());
            assertEquals(first.path("seq").asLong(), retry.path("seq").asLong());
            receiver.awaitMessage(channel, "Einmal bitte");
            sender.post(channel, "Danach");
            receiver.awaitMessage(channel, "Danach");
            assertEquals(2, receiver.messages(channel).size(), "the retry was not delivered again");
            JsonNode history = receiver.reply(receiver.send("history", Map.of("channel", channel)), "history");
            assertEquals(2, history.path("messages").size());
        }
    }

    @Test
    void reconnectBackfillsTheGap() {
        String channel = "booth:" + data.booth();
        try (ChatClient writer = connect(TestUsers.admin())) {
            writer.subscribe(channel);
            long lastSeen;
            try (ChatClient reader = connect(TestUsers.visitor())) {
                reader.subscribe(channel);
                writer.post(channel, "Vor der Funkstille");
                lastSeen = reader.awaitMessage(channel, "Vor der Funkstille").path("rev").asLong();
            }
            writer.post(channel, "Verpasst eins");
            writer.post(channel, "Verpasst zwei");

            try (ChatClient reader = connect(TestUsers.visitor())) {
                JsonNode subscribed = reader.subscribe(channel, lastSeen);
                JsonNode backfill = reader.await("backfill", f -> channel.equals(f.path("channel").asText()));

                assertEquals(3, subscribed.path("head").asLong());
                assertFalse(backfill.path("reset").asBoolean());
                assertEquals(List.of("Verpasst eins", "Verpasst zwei"), texts(backfill.path("messages")));
                assertEquals(3, backfill.path("head").asLong());
            }
        }
    }

    @Test
    void subscribeWithoutSinceGivesTheLatestPage() {
        String channel = "booth:" + data.booth();
        try (ChatClient writer = connect(TestUsers.admin())) {
            writer.subscribe(channel);
            writer.post(channel, "Erste");
            writer.post(channel, "Zweite");
            try (ChatClient reader = connect(TestUsers.visitor())) {
                reader.subscribe(channel);
                JsonNode backfill = reader.await("backfill", f -> channel.equals(f.path("channel").asText()));
                assertTrue(backfill.path("reset").asBoolean());
                assertEquals(List.of("Erste", "Zweite"), texts(backfill.path("messages")));
            }
        }
    }

    @Test
    void historyPagesBackwards() {
        String channel = "booth:" + data.booth();
        try (ChatClient client = connect(TestUsers.admin())) {
            client.subscribe(channel);
            for (int i = 1; i <= 5; i++) {
                client.post(channel, "Nachricht " + i);
            }
            JsonNode newest = client.reply(client.send("history", Map.of("channel", channel, "limit", 2)), "history");
            assertEquals(List.of("Nachricht 4", "Nachricht 5"), texts(newest.path("messages")));
            assertTrue(newest.path("hasMore").asBoolean());

            JsonNode older = client.reply(client.send("history", Map.of("channel", channel, "limit", 2, "before", 4)),
                    "history");
            assertEquals(List.of("Nachricht 2", "Nachricht 3"), texts(older.path("messages")));

            JsonNode oldest = client.reply(client.send("history", Map.of("channel", channel, "limit", 2, "before", 2)),
                    "history");
            assertEquals(List.of("Nachricht 1"), texts(oldest.path("messages")));
            assertFalse(oldest.path("hasMore").asBoolean());
        }
    }

    @Test
    void editsAndDeletionsReachEveryoneAndShowAsSuch() {
        String channel = "booth:" + data.booth();
        try (ChatClient author = connect(TestUsers.visitor()); ChatClient other = connect(TestUsers.admin())) {
            author.subscribe(channel);
            other.subscribe(channel);
            long seq = author.post(channel, "Tippfeler").path("seq").asLong();

            JsonNode editAck = author.reply(author.send("edit", Map.of("channel", channel, "seq", seq,
                    "text", "Tippfehler")), "ack");
            JsonNode edited = other.awaitMessage(channel, "Tippfehler");
            assertEquals(seq, edited.path("seq").asLong());
            assertEquals(editAck.path("rev").asLong(), edited.path("rev").asLong());
            assertTrue(edited.path("rev").asLong() > seq);
            assertTrue(edited.hasNonNull("editedAt"));

            author.reply(author.send("delete", Map.of("channel", channel, "seq", seq)), "ack");
            JsonNode deleted = other.await("message", f -> f.path("message").path("deleted").asBoolean())
                    .path("message");
            assertEquals(seq, deleted.path("seq").asLong());
            assertEquals("author", deleted.path("deletedBy").asText());
            assertFalse(deleted.has("text"), "a deleted message has no text");
        }
    }

    @Test
    void nobodyEditsOrDeletesTheMessagesOfOthersWithoutModerating() {
        String channel = "booth:" + data.booth();
        try (ChatClient author = connect(TestUsers.admin()); ChatClient other = connect(TestUsers.visitor())) {
            author.subscribe(channel);
            other.subscribe(channel);
            long seq = author.post(channel, "Meins").path("seq").asLong();

            assertEquals("not-own-message", other.error(other.send("edit", Map.of("channel", channel, "seq", seq,
                    "text", "Deins"))));
            assertEquals("not-own-message", other.error(other.send("delete", Map.of("channel", channel, "seq", seq))));
            assertEquals("message-not-found", other.error(other.send("delete", Map.of("channel", channel,
                    "seq", 999))));
        }
    }

    @Test
    void readPointerGivesUnreadCounts() {
        String channel = "booth:" + data.booth();
        try (ChatClient writer = connect(TestUsers.admin())) {
            writer.subscribe(channel);
            writer.post(channel, "Eins");
            writer.post(channel, "Zwei");
            writer.post(channel, "Drei");
            try (ChatClient reader = connect(TestUsers.visitor())) {
                JsonNode subscribed = reader.subscribe(channel);
                assertEquals(3, subscribed.path("unread").asLong());

                JsonNode read = reader.reply(reader.send("read", Map.of("channel", channel, "seq", 2)), "read");

                assertEquals(2, read.path("lastReadSeq").asLong());
                assertEquals(1, read.path("unread").asLong());
            }
        }
        given().auth().oauth2(TestUsers.visitor())
                .when().get("/api/chat/unread")
                .then().statusCode(200)
                // REST names channels with their edition
                .body("find { it.channel == 'booth:" + data.boothKey(channel.substring("booth:".length())) + "' }.unread",
                        equalTo(1));
    }

    @Test
    void browserPassesTheTokenAsSubprotocol() {
        try (ChatClient client = ChatClient.connectWithSubprotocol(connector.get(), base, TestUsers.visitor())) {
            JsonNode welcome = client.await("welcome", f -> true);
            assertEquals("besucher", welcome.path("user").path("username").asText());
            assertEquals(1, welcome.path("protocol").asInt());
        }
    }

    @Test
    void invalidTokenIsRefusedAtTheHandshake() {
        assertThrows(RuntimeException.class, () -> connect("eyJhbGciOiJSUzI1NiJ9.kaputt.kaputt"));
    }

    @Test
    void anonymousReadsOnlyWhereAdminsAllowIt() {
        String channel = "booth:" + data.booth();
        try (ChatClient anonymous = connect(null)) {
            assertTrue(anonymous.await("welcome", f -> true).path("user").isMissingNode());
            assertEquals("login-required", anonymous.error(anonymous.send("subscribe", Map.of("channel", channel))));

            given().auth().oauth2(TestUsers.admin()).contentType(ContentType.JSON)
                    .body(Map.of("anonymousRead", true))
                    .when().put("/api/chat/channels/" + channel + "/settings")
                    .then().statusCode(200);

            JsonNode subscribed = anonymous.subscribe(channel);
            assertFalse(subscribed.path("permissions").path("write").asBoolean());
            try (ChatClient writer = connect(TestUsers.admin())) {
                writer.subscribe(channel);
                writer.post(channel, "Für alle lesbar");
            }
            anonymous.awaitMessage(channel, "Für alle lesbar");
            assertEquals("login-required", anonymous.error(anonymous.send("send", Map.of("channel", channel,
                    "clientMsgId", "anon-1", "text", "Darf ich?"))));
        }
    }

    @Test
    void stageAndLobbyChannelsWork() {
        String stage = "stage:" + data.stage();
        String lobby = "lobby:" + data.eventDay();
        try (ChatClient client = connect(TestUsers.visitor())) {
            client.subscribe(stage);
            client.subscribe(lobby);
            client.post(stage, "Tolle Keynote");
            client.post(lobby, "Hallo zusammen");
            client.awaitMessage(stage, "Tolle Keynote");
            client.awaitMessage(lobby, "Hallo zusammen");
            assertEquals("channel-not-found", client.error(client.send("subscribe", Map.of("channel",
                    "stage:gibt-es-nicht"))));
            assertEquals("invalid-channel", client.error(client.send("subscribe", Map.of("channel", "kanal 1"))));
        }
    }

    @Test
    void freshTokenKeepsTheConnectionAlive() {
        String channel = "booth:" + data.booth();
        try (ChatClient client = connect(TestUsers.visitor())) {
            JsonNode welcome = client.await("welcome", f -> true);
            Instant before = Instant.parse(welcome.path("user").path("expiresAt").asText());
            ChatClient.sleep(1100);

            JsonNode authenticated = client.reply(client.send("auth", Map.of("token", freshToken("besucher"))),
                    "authenticated");

            assertTrue(Instant.parse(authenticated.path("user").path("expiresAt").asText()).isAfter(before));
            assertEquals("auth-failed", client.error(client.send("auth", Map.of("token", TestUsers.admin()))),
                    "a token of another user does not take the connection over");
            client.subscribe(channel);
            client.post(channel, "Noch da");
            assertTrue(client.isOpen());
        }
    }

    @Test
    void anonymousConnectionReconnectsToLogIn() {
        try (ChatClient anonymous = connect(null)) {
            assertEquals("reconnect-required", anonymous.error(anonymous.send("auth",
                    Map.of("token", TestUsers.visitor()))));
        }
    }

    @Test
    void framesGoStraightToTheConnectionsSocket() {
        assertTrue(DirectSocket.available(), "this Quarkus version lets the chat write frames directly");
        try (ChatClient client = connect(TestUsers.visitor())) {
            String id = client.await("welcome", f -> true).path("connectionId").asText();
            assertTrue(hub.session(id).orElseThrow().writesDirectly(),
                    "the session writes to its connection's channel, not through sendText");
        }
    }

    @Test
    void messagesStoredInOneBatchArriveComplete() {
        // The writer is fed the channel as the server names it; a version-2 client names it the same way
        String channel = "booth:" + data.boothKey(data.booth());
        try (ChatClient receiver = connect(TestUsers.visitor(), "v=2")) {
            long head = receiver.subscribe(channel).path("head").asLong();
            List<CompletableFuture<MessageWriter.Written>> stored = new ArrayList<>();
            // Queued faster than one transaction takes, so most of them share a writer batch
            for (int i = 1; i <= 120; i++) {
                stored.add(writer.submit(new MessageWriter.Post(channel, "stapel-" + i, "kdn-admin", "Karla Dietz",
                        "admin", "Stapel " + i, new CompletableFuture<>())));
            }
            stored.forEach(CompletableFuture::join);
            receiver.awaitMessage(channel, "Stapel 120");

            List<Long> seqs = receiver.messages(channel).stream().map(m -> m.path("seq").asLong()).toList();
            assertEquals(LongStream.rangeClosed(head + 1, head + 120).boxed().toList(), seqs,
                    "every message once, in the order of its sequence number");
        }
    }

    private static List<String> texts(JsonNode messages) {
        return StreamSupport.stream(messages.spliterator(), false).map(m -> m.path("text").asText()).toList();
    }

    /** A new token (not the cached one), so that its expiry lies after the first one's. */
    static String freshToken(String username) {
        String realmUrl = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        return given()
                .formParam("grant_type", "password")
                .formParam("client_id", "kommunalmesse-test")
                .formParam("username", username)
                .formParam("password", TestUsers.PASSWORD)
                .post(realmUrl + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }
}
