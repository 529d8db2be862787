package de.kommunalmesse.chat.delivery;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many unsent bytes one connection may have. Each connection may queue up to
 * {@code kommunalmesse.chat.outbound-buffer-bytes}, but all of them together only
 * {@code outbound-total-bytes}: with many connections each one's share shrinks, down to
 * {@link #FLOOR} (a few seconds of a busy stage channel). So a backlog on the network side cannot grow the
 * server's memory past the budget however many clients read slowly.
 */
final class OutboundBudget {

    /** The smallest share of a connection, in bytes. */
    static final int FLOOR = 16 * 1024;

    private final int perConnectionMax;
    private final long total;
    private final AtomicInteger connections = new AtomicInteger();
    private volatile int perConnection;

    OutboundBudget(int perConnectionMax, long total) {
        this.perConnectionMax = perConnectionMax;
        this.total = total;
        this.perConnection = perConnectionMax;
    }

    void opened() {
        recompute(connections.incrementAndGet());
    }

    void closed() {
        recompute(connections.decrementAndGet());
    }

    /** The unsent bytes one connection may have now. */
    int perConnection() {
        return perConnection;
    }

    private void recompute(int open) {
        long share = total / Math.max(1, open);
        perConnection = (int) Math.max(Math.min(FLOOR, perConnectionMax), Math.min(perConnectionMax, share));
    }
}
