package de.kommunalmesse.chat.delivery;

import io.netty.channel.EventLoop;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Receivers (the subscribers of a channel) kept all together and grouped by the event loop that does
 * their I/O, so that a delivery hands each loop one task for its own receivers without sorting thousands
 * of them each time (ADR 0003). A loop without receivers left is forgotten and gets no more tasks.
 *
 * @param <R> the receiver, a {@link ChatSession} outside tests
 */
final class LoopGroups<R> {

    private final Set<R> all = ConcurrentHashMap.newKeySet();
    private final Map<EventLoop, Set<R>> byLoop = new ConcurrentHashMap<>(4);
    /** Receivers without a known event loop (not opened on one; not the case for real connections). */
    private final Set<R> unbound = ConcurrentHashMap.newKeySet();

    void add(R receiver, EventLoop loop) {
        all.add(receiver);
        if (loop == null) {
            unbound.add(receiver);
            return;
        }
        // Adding and removing inside compute: a group is never dropped while a receiver is being added to it
        byLoop.compute(loop, (l, group) -> {
            Set<R> receivers = group == null ? ConcurrentHashMap.newKeySet() : group;
            receivers.add(receiver);
            return receivers;
        });
    }

    void remove(R receiver, EventLoop loop) {
        all.remove(receiver);
        if (loop == null) {
            unbound.remove(receiver);
            return;
        }
        byLoop.computeIfPresent(loop, (l, group) -> {
            group.remove(receiver);
            return group.isEmpty() ? null : group;
        });
    }

    Set<R> all() {
        return all;
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    int size() {
        return all.size();
    }

    /** The event loops that serve at least one receiver. */
    Set<EventLoop> loops() {
        return byLoop.keySet();
    }

    /** The receivers served by the loop; null when none. */
    Set<R> on(EventLoop loop) {
        return byLoop.get(loop);
    }

    Set<R> unbound() {
        return unbound;
    }
}
