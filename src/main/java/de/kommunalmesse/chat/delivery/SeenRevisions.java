package de.kommunalmesse.chat.delivery;

/**
 * Which revisions of a channel were delivered already, for the last {@value #WINDOW} revisions: an event
 * that reaches the instance twice (its own publication and the Redis echo) is delivered once.
 */
final class SeenRevisions {
    static final int WINDOW = 1024;
    private final boolean[] seen = new boolean[WINDOW];
    private long max;

    synchronized boolean firstTime(long rev) {
        if (rev > max) {
            for (long r = Math.max(max + 1, rev - WINDOW + 1); r < rev; r++) {
                seen[(int) (r % WINDOW)] = false;
            }
            seen[(int) (rev % WINDOW)] = true;
            max = rev;
            return true;
        }
        if (rev <= max - WINDOW) {
            return false;
        }
        int slot = (int) (rev % WINDOW);
        if (seen[slot]) {
            return false;
        }
        seen[slot] = true;
        return true;
    }
}
