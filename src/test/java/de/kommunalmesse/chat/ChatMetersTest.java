package de.kommunalmesse.chat;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The chat's own meters in {@code /q/metrics} count what really happened: stored changes by kind, writer
 * batches, and the delivery latency of each change written to the subscribers' sockets.
 */
@QuarkusTest
class ChatMetersTest extends ChatTestBase {

    private static final String POSTS = "kommunalmesse_chat_messages_stored_total{change=\"post\"";
    private static final String EDITS = "kommunalmesse_chat_messages_stored_total{change=\"edit\"";
    private static final String BATCHES = "kommunalmesse_chat_writer_batch_changes_count";
    private static final String LATENCY = "kommunalmesse_chat_delivery_latency_seconds_count";
    private static final String LATENCY_MAX = "kommunalmesse_chat_delivery_latency_seconds_max";

    @Test
    void storedChangesBatchesAndDeliveryLatencyAreCounted() throws InterruptedException {
        String channel = "booth:" + data.booth();
        String before = metrics();
        try (ChatClient sender = connect(TestUsers.visitor()); ChatClient receiver = connect(TestUsers.admin())) {
            sender.subscribe(channel);
            receiver.subscribe(channel);
            JsonNode ack = sender.post(channel, "meter-1", "Gezählt");
            sender.post(channel, "meter-1", "Gezählt"); // a retry stores nothing
            sender.post(channel, "meter-2", "Noch eins");
            sender.reply(sender.send("edit", Map.of("channel", channel, "seq", ack.path("seq").asLong(),
                    "text", "Gezählt, korrigiert")), "ack");
            receiver.awaitMessage(channel, "Gezählt, korrigiert");
        }
        // the latency is recorded right after the event loop wrote the frames, a moment after the receiver read them
        String after = awaitMetrics(m -> value(m, LATENCY) >= value(before, LATENCY) + 3);

        assertEquals(2, value(after, POSTS) - value(before, POSTS), "two new messages, the retry not counted");
        assertEquals(1, value(after, EDITS) - value(before, EDITS));
        assertTrue(value(after, BATCHES) - value(before, BATCHES) >= 3, "each change went through a writer batch");
        assertTrue(value(after, LATENCY) - value(before, LATENCY) >= 3, "three changes reached the sockets");
        assertTrue(value(after, LATENCY_MAX) > 0 && value(after, LATENCY_MAX) < 30, "a latency in seconds");
        assertTrue(after.contains("kommunalmesse_chat_writer_queue"), "the writer's queue depth is exported");
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static String awaitMetrics(java.util.function.Predicate<String> done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        String metrics = metrics();
        while (!done.test(metrics) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            metrics = metrics();
        }
        return metrics;
    }

    /** The value of the first series that starts with the prefix; 0 when there is none. */
    private static double value(String metrics, String prefix) {
        for (String line : metrics.split("\n")) {
            if (line.startsWith(prefix)) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return 0;
    }
}
