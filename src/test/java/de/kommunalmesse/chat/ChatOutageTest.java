package de.kommunalmesse.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import de.kommunalmesse.testsupport.DatabaseOutageProfile;
import de.kommunalmesse.testsupport.ProxiedMariaDbTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The chat half of a database outage (issue 21.9): with the relay to MariaDB cut, a {@code send} is refused
 * with {@code unavailable} and a retry hint, a {@code subscribe} that must read the database too, nothing is
 * stored halfway, and the same message sent again after the database is back is stored and delivered once.
 * The same app start as the REST outage test, {@link DatabaseOutageProfile} (no Keycloak: the caller comes from {@link TestSecurity}).
 */
@QuarkusTest
@TestProfile(DatabaseOutageProfile.class)
class ChatOutageTest extends ChatTestBase {

    @Test
    @TestSecurity(user = "besucher", roles = "visitor")
    void sendsDuringAnOutageAreRefusedAsUnavailableAndStoredOnceWhenSentAgain() throws InterruptedException {
        String channel = "booth:" + data.booth();
        String another = "booth:" + data.booth();
        try (ChatClient writer = connect(null); ChatClient reader = connect(null, "v=1&lang=en")) {
            writer.subscribe(channel);
            reader.subscribe(channel);
            long before = writer.post(channel, "vorher", "Vor dem Ausfall").path("seq").asLong();
            reader.awaitMessage(channel, "Vor dem Ausfall");

            ProxiedMariaDbTestResource.proxy().cut();
            try {
                JsonNode refused = errorFor(writer, writer.send("send",
                        Map.of("channel", channel, "clientMsgId", "im-ausfall", "text", "Während des Ausfalls")));
                assertEquals("unavailable", refused.path("code").asText(), refused.toString());
                assertEquals(10_000, refused.path("retryAfterMs").asLong(), "the hint of kommunalmesse.http.outage-retry-after");
                assertTrue(refused.path("message").asText().contains("Datenbank"), refused.toString());

                JsonNode notJoined = errorFor(reader, reader.send("subscribe", Map.of("channel", another)));
                assertEquals("unavailable", notJoined.path("code").asText(), "not internal: " + notJoined);
                assertTrue(notJoined.path("message").asText().contains("database"), notJoined.toString());
                assertTrue(notJoined.path("retryAfterMs").asLong() > 0);
            } finally {
                ProxiedMariaDbTestResource.proxy().restore();
            }

            // What the browser's outbox does: the same message with the same id once more, until it is stored
            JsonNode ack = null;
            for (long deadline = System.currentTimeMillis() + 30_000; ack == null && System.currentTimeMillis() < deadline;) {
                JsonNode answer = answerTo(writer, writer.send("send",
                        Map.of("channel", channel, "clientMsgId", "im-ausfall", "text", "Während des Ausfalls")));
                if ("ack".equals(answer.path("type").asText())) {
                    ack = answer;
                } else {
                    assertEquals("unavailable", answer.path("code").asText(), "while recovering only unavailable: " + answer);
                    Thread.sleep(500);
                }
            }
            assertTrue(ack != null, "the message is stored once the database is back");
            assertFalse(ack.path("duplicate").asBoolean(), "nothing was stored during the outage");
            assertEquals(before + 1, ack.path("seq").asLong(), "no sequence number was used up by the refused send");
            reader.awaitMessage(channel, "Während des Ausfalls");
            ChatClient.sleep(300);
            assertEquals(2, reader.messages(channel).size(), "each message delivered once: " + reader.messages(channel));
            JsonNode history = reader.reply(reader.send("history", Map.of("channel", channel)), "history");
            assertEquals(2, history.path("messages").size(), history.toString());
            reader.subscribe(another);
        }
    }

    private static JsonNode errorFor(ChatClient client, String ref) {
        JsonNode frame = answerTo(client, ref);
        assertEquals("error", frame.path("type").asText(), frame.toString());
        return frame;
    }

    private static JsonNode answerTo(ChatClient client, String ref) {
        return client.await(f -> ref.equals(f.path("ref").asText()));
    }
}
