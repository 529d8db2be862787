package de.kommunalmesse.chat.message;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slow mode: a user may post in a channel only every {@code slowModeSeconds} (set by its moderators;
 * moderators themselves are exempt, see {@link MessageService#post}). Kept in memory per instance, like
 * the rate limit; a channel's setting is the one of its row until a {@code SettingsChanged} event tells
 * every instance the new one.
 */
final class SlowMode {

    /** The longest slow mode a moderator can set; older posts never hold anybody back. */
    static final long MAX_MILLIS = 3_600_000;

    private final Map<String, Integer> changedSeconds = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Long>> lastPostMillis = new ConcurrentHashMap<>();

    /** A moderator changed the channel's slow mode (on this or another instance). */
    void settingsChanged(String channel, int seconds) {
        changedSeconds.put(channel, seconds);
    }

    /** The slow mode in force: the latest change heard, else what the channel's row said. */
    int seconds(String channel, int stored) {
        return changedSeconds.getOrDefault(channel, stored);
    }

    /**
     * Records a post of the user in the channel unless the previous one is too recent; returns 0 when
     * allowed, else the milliseconds to wait.
     */
    long acquire(String channel, String username, int seconds, long nowMillis) {
        if (seconds <= 0) {
            return 0;
        }
        long[] wait = { 0 };
        // All access to a channel's map happens inside compute, under the lock of the channel's entry
        lastPostMillis.compute(channel, (c, users) -> {
            Map<String, Long> posts = users == null ? new HashMap<>() : users;
            Long last = posts.get(username);
            long earliest = last == null ? 0 : last + seconds * 1000L;
            if (nowMillis < earliest) {
                wait[0] = earliest - nowMillis;
            } else {
                posts.put(username, nowMillis);
            }
            return posts;
        });
        return wait[0];
    }

    /** Forgets posts too old to hold anybody back under any setting, so the maps do not grow. */
    void forgetIdle(long nowMillis) {
        for (String channel : lastPostMillis.keySet()) {
            lastPostMillis.computeIfPresent(channel, (c, posts) -> {
                posts.values().removeIf(last -> nowMillis - last >= MAX_MILLIS);
                return posts.isEmpty() ? null : posts;
            });
        }
    }

    /** Channels with posts kept. */
    int tracked() {
        return lastPostMillis.size();
    }
}
