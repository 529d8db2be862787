package de.kommunalmesse.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import de.kommunalmesse.chat.channel.ChannelService;
import de.kommunalmesse.chat.message.MessageWriter;
import de.kommunalmesse.chat.message.MessageWriter.Post;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The limits that protect the server and everybody else: the per-user rate limit, flooding, idle and
 * half-open connections, slow consumers. Runs with the real rate limit and a short idle timeout.
 */
@QuarkusTest
@TestProfile(ChatLimitsTest.Limits.class)
class ChatLimitsTest extends ChatTestBase {

    public static class Limits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "kommunalmesse.chat.rate-limit.messages", "5",
                    "kommunalmesse.chat.idle-timeout", "3s",
                    "quarkus.websockets-next.server.auto-ping-interval", "1s");
        }
    }

    @Inject
    MessageWriter writer;

    @Inject
    ChannelService channels;

    @Test
    void sixthMessageWithinTenSecondsIsRefusedWithTheWait() {
        String channel = "booth:" + data.boothKey(data.booth());
        try (ChatClient fast = connect(TestUsers.visitor());
                ChatClient other = connect(TestUsers.exhibitorSoest())) {
            fast.subscribe(channel);
            other.subscribe(channel);
            for (int i = 1; i <= 5; i++) {
                fast.post(channel, "Nachricht " + i);
            }
            String ref = fast.send("send", Map.of("channel", channel, "clientMsgId", "sechs", "text", "Nachricht 6"));
            JsonNode error = fast.await(f -> ref.equals(f.path("ref").asText()));

            assertEquals("rate-limited", error.path("code").asText());
            assertTrue(error.path("retryAfterMs").asLong() > 0 && error.path("retryAfterMs").asLong() <= 10_000);
            assertTrue(error.path("message").asText().startsWith("Sie schreiben zu schnell"), error.toString());
            other.post(channel, "Andere schreiben weiter");
        }
    }

    @Test
    void floodingClosesTheConnection() throws Exception {
        try (RawWebSocket raw = RawWebSocket.open(base, TestUsers.visitor(), 0)) {
            raw.readFrame();
            for (int i = 0; i < 200; i++) {
                raw.sendText("{\"type\":\"ping\"}");
            }
            assertEquals(4429, raw.readUntilClose(Duration.ofSeconds(10)));
        }
    }

    @Test
    void halfOpenConnectionIsClosedButLiveOneStays() throws Exception {
        try (ChatClient live = connect(TestUsers.visitor());
                RawWebSocket silent = RawWebSocket.open(base, TestUsers.visitor(), 0)) {
            // The raw client reads the server's pings but never answers them, like a peer that is gone
            assertEquals(4408, silent.readUntilClose(Duration.ofSeconds(20)));
            assertTrue(live.isOpen(), "a client that answers pings stays connected");
        }
    }

    @Test
    void slowConsumerIsClosedInsteadOfBuffering() throws Exception {
        String channel = "booth:" + data.boothKey(data.booth());
        channels.state(ChannelId.parse(channel).orElseThrow());
        String text = "Ä".repeat(2000);
        CompletableFuture<?> last = null;
        for (int i = 0; i < 200; i++) {
            last = writer.submit(new Post(channel, "viel-" + i, "kdn-admin", "Karla Dietz", "admin", text,
                    new CompletableFuture<>()));
        }
        last.join();
        try (RawWebSocket slow = RawWebSocket.open(base, TestUsers.visitor(), 2048)) {
            slow.readFrame();
            slow.sendText("{\"type\":\"subscribe\",\"channel\":\"" + channel + "\",\"since\":0}");
            for (int i = 0; i < 5; i++) {
                slow.sendText("{\"type\":\"history\",\"channel\":\"" + channel + "\",\"limit\":200}");
            }
            ChatClient.sleep(2000);
            assertEquals(4503, slow.readUntilClose(Duration.ofSeconds(20)));
        }
    }
}
