package de.kommunalmesse.chat.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kommunalmesse.chat.message.MessageWriter.Change;
import de.kommunalmesse.chat.message.MessageWriter.Edit;
import de.kommunalmesse.chat.message.MessageWriter.Post;
import de.kommunalmesse.chat.message.WriterBatches.RecentSends;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** How the message writer groups changes into batches (ADR 0004), without a database. */
class WriterBatchesTest {

    @Test
    void changesOfOneChannelAlwaysQueueOnTheSameLane() {
        for (String channel : List.of("booth:a", "stage:hauptbuehne", "dm:17", "lobby:3")) {
            int lane = WriterBatches.lane(channel, 2);
            assertTrue(lane == 0 || lane == 1);
            for (int i = 0; i < 10; i++) {
                assertEquals(lane, WriterBatches.lane(new String(channel.toCharArray()), 2));
            }
        }
    }

    @Test
    void batchTakesWhatIsWaitingUpToTheBatchSize() throws InterruptedException {
        BlockingQueue<Change> lane = new ArrayBlockingQueue<>(100);
        for (int i = 0; i < 70; i++) {
            lane.add(post("booth:a", "m" + i));
        }

        assertEquals(50, WriterBatches.next(lane, 50, 10).size());
        assertEquals(20, WriterBatches.next(lane, 50, 10).size(), "the rest, without waiting for more");
        assertTrue(WriterBatches.next(lane, 50, 10).isEmpty(), "nothing arrived");
    }

    @Test
    void batchLocksChannelsInIdOrderAndKeepsEachChannelsArrivalOrder() {
        List<Change> batch = new ArrayList<>();
        batch.add(post("stage:b", "1"));
        batch.add(post("booth:z", "2"));
        batch.add(new Edit("stage:b", 1, "bea", "neu", new CompletableFuture<>()));
        batch.add(post("booth:a", "3"));
        batch.add(post("stage:b", "4"));

        Map<String, List<Change>> byChannel = WriterBatches.byChannel(batch);

        assertEquals(List.of("booth:a", "booth:z", "stage:b"), List.copyOf(byChannel.keySet()),
                "every writer locks rows in the same order, so two writers never wait for each other crosswise");
        assertEquals(List.of(batch.get(0), batch.get(2), batch.get(4)), byChannel.get("stage:b"));
    }

    @Test
    void retriedSendIsRecognisedUntilItIsTheEldestBeyondCapacity() {
        RecentSends recent = new RecentSends(2);
        recent.put("booth:a", "bea", "m1", 7, 7);
        recent.put("booth:a", "bea", "m2", 8, 8);

        assertEquals(7, recent.get("booth:a", "bea", "m1")[0]);
        assertNull(recent.get("booth:a", "sven", "m1"), "the same client id of another author is another message");

        recent.put("booth:a", "bea", "m3", 9, 9);
        assertNull(recent.get("booth:a", "bea", "m1"), "forgotten; the database's unique key still catches it");
        assertNotNull(recent.get("booth:a", "bea", "m3"));
    }

    private static Post post(String channel, String clientMsgId) {
        return new Post(channel, clientMsgId, "bea", "Bea Sucher", null, "Hallo", new CompletableFuture<>());
    }
}
