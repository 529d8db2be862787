package de.kommunalmesse.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Malformed, unknown and oversized frames get an error or a close code, never a crash, and never disturb
 * anybody else.
 */
@QuarkusTest
class ChatFrameTest extends ChatTestBase {

    /** The error answering the last frame without a ref. */
    private static String lastError(ChatClient client, int errorsBefore) {
        long deadline = System.nanoTime() + ChatClient.TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            var errors = client.received().stream().filter(f -> "error".equals(f.path("type").asText())).toList();
            if (errors.size() > errorsBefore) {
                return errors.get(errors.size() - 1).path("code").asText();
            }
            ChatClient.sleep(20);
        }
        throw new AssertionError("no error frame; received " + client.received());
    }

    @Test
    void malformedFramesGetErrorsAndTheConnectionKeepsWorking() {
        String channel = "booth:" + data.booth();
        try (ChatClient client = connect(TestUsers.visitor())) {
            client.sendRaw("{kein json");
            assertEquals("bad-frame", lastError(client, 0));
            client.sendRaw("{\"type\":\"tanzen\",\"ref\":\"x\"}");
            assertEquals("unknown-type", lastError(client, 1));
            client.sendRaw("[1,2,3]");
            assertEquals("bad-frame", lastError(client, 2));
            client.sendRaw("{\"channel\":\"" + channel + "\"}");
            assertEquals("missing-field", lastError(client, 3), "a frame without type");
            assertEquals("bad-frame", client.error(client.send("subscribe", Map.of("channel", channel,
                    "since", "gestern"))));
            assertEquals("invalid-channel", client.error(client.send("subscribe", Map.of())));
            client.subscribe(channel);
            assertEquals("text-empty", client.error(client.send("send", Map.of("channel", channel,
                    "clientMsgId", "f-1"))));
            assertEquals("invalid-client-msg-id", client.error(client.send("send", Map.of("channel", channel,
                    "text", "ohne Kennung"))));
            assertEquals("missing-field", client.error(client.send("edit", Map.of("channel", channel, "text", "x"))));
            assertEquals("not-subscribed", client.error(client.send("send", Map.of("channel", "booth:anderer-stand",
                    "clientMsgId", "f-2", "text", "x"))));

            client.post(channel, "Trotzdem alles gut");
            assertTrue(client.isOpen());
        }
    }

    @Test
    void errorsSpeakTheLanguageOfTheConnection() {
        try (ChatClient english = connect(TestUsers.visitor(), "v=1&lang=en");
                ChatClient german = connect(TestUsers.visitor())) {
            String ref = english.send("subscribe", Map.of("channel", "stage:keine/gibt-es-nicht"));
            JsonNode error = english.await(f -> ref.equals(f.path("ref").asText()));
            assertEquals("There is no chat channel \"stage:keine/gibt-es-nicht\".", error.path("message").asText());
            String deRef = german.send("subscribe", Map.of("channel", "stage:keine/gibt-es-nicht"));
            JsonNode deError = german.await(f -> deRef.equals(f.path("ref").asText()));
            assertEquals("Den Chat-Kanal „stage:keine/gibt-es-nicht“ gibt es nicht.", deError.path("message").asText());
        }
    }

    @Test
    void textLimitsCountCharactersAndStripWhatCouldSpoof() {
        String channel = "booth:" + data.booth();
        try (ChatClient client = connect(TestUsers.visitor())) {
            client.subscribe(channel);
            String longest = "😀".repeat(2000);
            client.post(channel, longest);
            String ref = client.send("send", Map.of("channel", channel, "clientMsgId", "long", "text", longest + "a"));
            JsonNode error = client.await(f -> ref.equals(f.path("ref").asText()));
            assertEquals("text-too-long", error.path("code").asText());
            assertTrue(error.path("message").asText().contains("2.001"), error.toString());
            assertEquals("text-empty", client.error(client.send("send", Map.of("channel", channel,
                    "clientMsgId", "blank", "text", " \n\t\u0000 "))));

            client.post(channel, "  Zeile eins\r\nZeile\u202E zwei\u0007  ");
            JsonNode stored = client.awaitMessage(channel, "Zeile eins\nZeile zwei");
            assertFalse(stored.path("text").asText().contains("\u202E"));
        }
    }

    @Test
    void binaryFramesAreRefused() throws Exception {
        try (RawWebSocket raw = RawWebSocket.open(base, TestUsers.visitor(), 0)) {
            assertEquals("welcome", type(raw.readFrame()));
            raw.sendFrame(0x2, new byte[] { 1, 2, 3 });
            JsonNode error = json(raw.readFrame());
            assertEquals("binary-not-supported", error.path("code").asText());
        }
    }

    @Test
    void oversizedFrameClosesOnlyThatConnection() throws Exception {
        String channel = "booth:" + data.booth();
        try (ChatClient bystander = connect(TestUsers.admin()); RawWebSocket raw = RawWebSocket.open(base, TestUsers.visitor(), 0)) {
            bystander.subscribe(channel);
            assertEquals("welcome", type(raw.readFrame()));
            raw.sendText("{\"type\":\"send\",\"text\":\"" + "x".repeat(20_000) + "\"}");

            assertEquals(1009, raw.readUntilClose(Duration.ofSeconds(10)));
            bystander.post(channel, "Ich bin noch da");
            assertTrue(bystander.isOpen());
        }
    }

    @Test
    void tooManyInvalidFramesCloseTheConnection() throws Exception {
        try (RawWebSocket raw = RawWebSocket.open(base, null, 0)) {
            assertEquals("welcome", type(raw.readFrame()));
            for (int i = 0; i < 11; i++) {
                raw.sendText("Unsinn " + i);
            }
            assertEquals(4400, raw.readUntilClose(Duration.ofSeconds(10)));
        }
    }

    @Test
    void unknownProtocolVersionIsClosed() {
        try (ChatClient client = connect(null, "v=3")) {
            assertEquals(4406, client.awaitClose().getCode());
        }
    }

    private static JsonNode json(RawWebSocket.Frame frame) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(frame.text());
    }

    private static String type(RawWebSocket.Frame frame) throws Exception {
        return json(frame).path("type").asText();
    }
}
