package de.kommunalmesse.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.websockets.next.BasicWebSocketConnector;
import io.quarkus.websockets.next.WebSocketClientConnection;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Writes chat messages as a user over the real WebSocket, as far as the privacy tests need it. */
final class ChatLine implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final WebSocketClientConnection connection;
    private int ref;

    ChatLine(BasicWebSocketConnector connector, URI base, String token) {
        connection = connector.baseUri(base).path("/ws/chat?v=1")
                .executionModel(BasicWebSocketConnector.ExecutionModel.NON_BLOCKING)
                .addHeader("Authorization", "Bearer " + token)
                .onTextMessage((c, text) -> {
                    try {
                        received.add(JSON.readTree(text));
                    } catch (Exception e) {
                        throw new IllegalStateException(text, e);
                    }
                })
                .connectAndAwait();
    }

    /** Subscribes to the channel and posts the text; returns the message's seq from the ack. */
    long post(String channel, String text) {
        request("subscribe", Map.of("channel", channel), "subscribed");
        return request("send", Map.of("channel", channel, "clientMsgId", "p" + System.nanoTime(), "text", text), "ack")
                .path("seq").asLong();
    }

    private JsonNode request(String type, Map<String, Object> fields, String answer) {
        String id = "r" + (++ref);
        var frame = JSON.createObjectNode().put("type", type).put("ref", id);
        fields.forEach((key, value) -> frame.set(key, JSON.valueToTree(value)));
        connection.sendTextAndAwait(frame.toString());
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (JsonNode reply : received) {
                if (id.equals(reply.path("ref").asText())) {
                    if (!answer.equals(reply.path("type").asText())) {
                        throw new AssertionError("Expected " + answer + " but got " + reply);
                    }
                    return reply;
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("No answer to " + type + " within 10 s: " + received);
    }

    @Override
    public void close() {
        if (connection.isOpen()) {
            connection.closeAndAwait();
        }
    }
}
