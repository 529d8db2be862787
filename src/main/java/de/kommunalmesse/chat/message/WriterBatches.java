package de.kommunalmesse.chat.message;

import de.kommunalmesse.chat.message.MessageWriter.Change;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The in-memory side of the message writer's batches (ADR 0004): which lane a channel's changes queue on,
 * what one batch takes from its lane, the order in which a batch locks its channels, and the cache that
 * recognises a retried send. The writer itself adds the JDBC transaction around it.
 */
final class WriterBatches {

    private WriterBatches() {
    }

    /** The lane of a channel: always the same, so that its changes are stored in the order they arrived. */
    static int lane(String channel, int lanes) {
        return Math.floorMod(channel.hashCode(), lanes);
    }

    /**
     * Waits up to {@code waitMillis} for a change, then takes whatever else is waiting, up to
     * {@code batchSize} changes in all: under load one transaction stores many changes, when quiet each
     * change is stored at once. Empty when nothing arrived.
     */
    static List<Change> next(BlockingQueue<Change> lane, int batchSize, long waitMillis) throws InterruptedException {
        Change first = lane.poll(waitMillis, TimeUnit.MILLISECONDS);
        if (first == null) {
            return List.of();
        }
        List<Change> batch = new ArrayList<>(Math.min(batchSize, lane.size() + 1));
        batch.add(first);
        lane.drainTo(batch, batchSize - 1);
        return batch;
    }

    /**
     * A batch per channel: the channels in id order, which is the order their rows are locked in, so two
     * writers (lanes or instances) never wait for each other crosswise; each channel's changes in arrival
     * order, which is the order of their sequence numbers.
     */
    static SortedMap<String, List<Change>> byChannel(List<Change> batch) {
        SortedMap<String, List<Change>> byChannel = new TreeMap<>();
        for (Change change : batch) {
            byChannel.computeIfAbsent(change.channel(), c -> new ArrayList<>()).add(change);
        }
        return byChannel;
    }

    /**
     * The sequence numbers of recent sends by (channel, author, client message id), so that a retried send
     * is answered without a database read; the eldest are forgotten beyond {@code capacity}.
     */
    static final class RecentSends {

        private final Map<String, long[]> sends;

        RecentSends(int capacity) {
            sends = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, long[]> eldest) {
                    return size() > capacity;
                }
            });
        }

        void put(String channel, String author, String clientMsgId, long seq, long rev) {
            sends.put(key(channel, author, clientMsgId), new long[] { seq, rev });
        }

        /** {seq, rev} of the earlier send, or null. */
        long[] get(String channel, String author, String clientMsgId) {
            return sends.get(key(channel, author, clientMsgId));
        }

        private static String key(String channel, String author, String clientMsgId) {
            return channel + '\u0000' + author + '\u0000' + clientMsgId;
        }
    }
}
