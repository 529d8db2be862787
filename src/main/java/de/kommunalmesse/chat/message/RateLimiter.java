package de.kommunalmesse.chat.message;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The per-user message rate limit (by default 5 messages in any 10 seconds), a sliding window kept in
 * memory. With several instances each counts the connections it serves, so a user spread over two
 * instances could post up to twice the limit; a user normally has one connection.
 */
final class RateLimiter {

    private final int limit;
    private final long windowMillis;
    private final Map<String, ArrayDeque<Long>> windows = new ConcurrentHashMap<>();

    RateLimiter(int limit, Duration window) {
        this.limit = limit;
        this.windowMillis = window.toMillis();
    }

    /**
     * Counts one message of the user at {@code nowMillis}; returns 0 when allowed, else the milliseconds
     * until the next message would be allowed.
     */
    long acquire(String username, long nowMillis) {
        ArrayDeque<Long> times = windows.computeIfAbsent(username, u -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() <= nowMillis - windowMillis) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                return times.peekFirst() + windowMillis - nowMillis;
            }
            times.addLast(nowMillis);
            return 0;
        }
    }

    /** Drops the windows of users who have not posted within a window, so the map does not grow. */
    void forgetIdle(long nowMillis) {
        windows.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                Long last = entry.getValue().peekLast();
                return last == null || last <= nowMillis - windowMillis;
            }
        });
    }

    /** Users whose window is kept. */
    int tracked() {
        return windows.size();
    }
}
