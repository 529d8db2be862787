package de.kommunalmesse.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The per-user message rate limit (by default 5 messages in any 10 seconds), a sliding window kept in
 * memory. With several instances each counts the connections it serves, so a user spread over two
 * instances could post up to twice the limit; a user normally has one connection.
 */
@ApplicationScoped
public class RateLimiter {

    @Inject
    ChatConfig config;

    private final Map<String, ArrayDeque<Long>> windows = new ConcurrentHashMap<>();

    /**
     * Counts one message of the user at {@code nowMillis}; returns 0 when allowed, else the milliseconds
     * until the next message would be allowed.
     */
    public long acquire(String username, long nowMillis) {
        int limit = config.rateLimit().messages();
        long window = config.rateLimit().window().toMillis();
        ArrayDeque<Long> times = windows.computeIfAbsent(username, u -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() <= nowMillis - window) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                return times.peekFirst() + window - nowMillis;
            }
            times.addLast(nowMillis);
            return 0;
        }
    }

    /** Drops the windows of users who have not posted within a window, so the map does not grow. */
    public void forgetIdle(long nowMillis) {
        long window = config.rateLimit().window().toMillis();
        windows.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                Long last = entry.getValue().peekLast();
                return last == null || last <= nowMillis - window;
            }
        });
    }
}
