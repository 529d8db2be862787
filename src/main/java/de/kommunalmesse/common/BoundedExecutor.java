package de.kommunalmesse.common;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs tasks on another executor, at most {@code limit} of them at the same time; the others wait in line, in
 * the order they came, without holding a thread. Used where many callers may need the database at once and
 * must not take every connection of the pool (the chat's subscribes after a reconnect storm, docs/scale-out.md).
 */
public final class BoundedExecutor implements Executor {

    private final Executor delegate;
    private final int limit;
    private final Queue<Runnable> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicInteger running = new AtomicInteger();

    public BoundedExecutor(Executor delegate, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        this.delegate = delegate;
        this.limit = limit;
    }

    @Override
    public void execute(Runnable task) {
        waiting.add(task);
        startWaiting();
    }

    /** Tasks in line, not yet started. */
    public int waiting() {
        return waiting.size();
    }

    /** Tasks started and not yet finished. */
    public int running() {
        return running.get();
    }

    /**
     * Starts waiting tasks while there is room. A task that ends and a task that arrives both call this after
     * changing their side (count, queue), so one of them always sees the other's change: nothing is left
     * waiting while there is room.
     */
    private void startWaiting() {
        while (!waiting.isEmpty()) {
            int now = running.get();
            if (now >= limit) {
                return;
            }
            if (!running.compareAndSet(now, now + 1)) {
                continue;
            }
            Runnable task = waiting.poll();
            if (task == null) {
                running.decrementAndGet();
                continue;
            }
            try {
                delegate.execute(() -> {
                    try {
                        task.run();
                    } finally {
                        running.decrementAndGet();
                        startWaiting();
                    }
                });
            } catch (RuntimeException e) {
                running.decrementAndGet();
                throw e;
            }
        }
    }
}
