package de.kommunalmesse.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.websockets.next.BasicWebSocketConnector;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketClientConnection;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real WebSocket client of {@code /ws/chat} for tests: it records every frame it receives and waits for
 * the ones a test expects.
 */
final class ChatClient implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final CompletableFuture<CloseReason> closed = new CompletableFuture<>();
    private WebSocketClientConnection connection;
    private int nextRef;

    /** Connects with the token in the Authorization header (null: anonymous) and waits for the welcome. */
    static ChatClient connect(BasicWebSocketConnector connector, URI base, String token) {
        return connect(connector, base, token, "v=1");
    }

    static ChatClient connect(BasicWebSocketConnector connector, URI base, String token, String query) {
        ChatClient client = new ChatClient();
        // Frames are handled on the event loop, one after the other: in the order they arrived
        BasicWebSocketConnector configured = connector.baseUri(base).path("/ws/chat" + (query == null ? "" : "?" + query))
                .executionModel(BasicWebSocketConnector.ExecutionModel.NON_BLOCKING)
                .onTextMessage((c, text) -> client.received.add(read(text)))
                .onClose((c, reason) -> client.closed.complete(reason));
        if (token != null) {
            configured.addHeader("Authorization", "Bearer " + token);
        }
        client.connection = configured.connectAndAwait();
        return client;
    }

    /** Connects like a browser: the token travels in the subprotocol list. */
    static ChatClient connectWithSubprotocol(BasicWebSocketConnector connector, URI base, String token) {
        ChatClient client = new ChatClient();
        client.connection = connector.baseUri(base).path("/ws/chat?v=1")
                .executionModel(BasicWebSocketConnector.ExecutionModel.NON_BLOCKING)
                .addSubprotocol("quarkus")
                .addSubprotocol("quarkus-http-upgrade#Authorization#Bearer%20" + token)
                .onTextMessage((c, text) -> client.received.add(read(text)))
                .onClose((c, reason) -> client.closed.complete(reason))
                .connectAndAwait();
        return client;
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException("Server sent invalid JSON: " + text, e);
        }
    }

    /** Sends a frame; returns its ref. */
    String send(String type, Map<String, ?> fields) {
        String ref = "r" + (++nextRef);
        ObjectNode frame = JSON.createObjectNode();
        frame.put("type", type);
        frame.put("ref", ref);
        fields.forEach((key, value) -> frame.set(key, JSON.valueToTree(value)));
        sendRaw(frame.toString());
        return ref;
    }

    void sendRaw(String text) {
        connection.sendTextAndAwait(text);
    }

    /** Subscribes and waits for the reply; returns it. */
    JsonNode subscribe(String channel) {
        return reply(send("subscribe", Map.of("channel", channel)), "subscribed");
    }

    JsonNode subscribe(String channel, long since) {
        return reply(send("subscribe", Map.of("channel", channel, "since", since)), "subscribed");
    }

    /** Posts a message with a fresh client id and waits for the ack. */
    JsonNode post(String channel, String text) {
        return post(channel, UUID.randomUUID().toString(), text);
    }

    JsonNode post(String channel, String clientMsgId, String text) {
        return reply(send("send", Map.of("channel", channel, "clientMsgId", clientMsgId, "text", text)), "ack");
    }

    /** Waits for the reply to a request (or fails with the error the server sent instead). */
    JsonNode reply(String ref, String type) {
        JsonNode frame = await(f -> ref.equals(f.path("ref").asText()));
        if (!type.equals(frame.path("type").asText())) {
            fail("Expected " + type + " for " + ref + " but got " + frame);
        }
        return frame;
    }

    /** Waits for the error answering a request and returns its code. */
    String error(String ref) {
        JsonNode frame = await(f -> ref.equals(f.path("ref").asText()));
        assertEquals("error", frame.path("type").asText(), "expected an error but got " + frame);
        return frame.path("code").asText();
    }

    /** The first received frame of this type (and channel) matching, waiting for it. */
    JsonNode await(String type, Predicate<JsonNode> match) {
        return await(f -> type.equals(f.path("type").asText()) && match.test(f));
    }

    JsonNode await(Predicate<JsonNode> match) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode frame : received) {
                if (match.test(frame)) {
                    return frame;
                }
            }
            sleep(20);
        }
        throw new AssertionError("No matching frame within " + TIMEOUT + "; received: " + received);
    }

    /** The live message frames of a channel received so far. */
    List<JsonNode> messages(String channel) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode frame : received) {
            if ("message".equals(frame.path("type").asText()) && channel.equals(frame.path("channel").asText())) {
                found.add(frame.path("message"));
            }
        }
        return found;
    }

    /** Waits for a live message of the channel with this text. */
    JsonNode awaitMessage(String channel, String text) {
        return await("message", f -> channel.equals(f.path("channel").asText())
                && text.equals(f.path("message").path("text").asText())).path("message");
    }

    List<JsonNode> received() {
        return received;
    }

    CloseReason awaitClose() {
        try {
            return closed.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("Connection was not closed within " + TIMEOUT, e);
        }
    }

    boolean isOpen() {
        return connection.isOpen();
    }

    /** Lets a frame that should not arrive get the chance to arrive. */
    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (connection != null && connection.isOpen()) {
            connection.closeAndAwait();
        }
    }
}
