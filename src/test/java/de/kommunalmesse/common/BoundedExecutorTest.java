package de.kommunalmesse.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BoundedExecutorTest {

    private final ExecutorService threads = Executors.newFixedThreadPool(32);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void runsEveryTaskButNeverMoreThanTheLimitAtOnce() throws InterruptedException {
        BoundedExecutor bounded = new BoundedExecutor(threads, 3);
        AtomicInteger now = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(500);
        for (int i = 0; i < 500; i++) {
            bounded.execute(() -> {
                most.accumulateAndGet(now.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                now.decrementAndGet();
                done.countDown();
            });
        }
        assertTrue(done.await(30, TimeUnit.SECONDS), "every task ran");
        assertEquals(3, most.get(), "at most three at once, and the room was used");
        // A task counts down the latch from inside; its slot is given back just after it returns
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (bounded.running() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertEquals(0, bounded.running(), "every slot is given back");
        assertEquals(0, bounded.waiting());
    }

    @Test
    void tasksWaitInTheOrderTheyCame() throws InterruptedException {
        BoundedExecutor bounded = new BoundedExecutor(threads, 1);
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(50);
        bounded.execute(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        for (int i = 0; i < 50; i++) {
            int number = i;
            bounded.execute(() -> {
                order.add(number);
                done.countDown();
            });
        }
        assertEquals(50, bounded.waiting(), "the others wait without a thread while the first runs");
        release.countDown();
        assertTrue(done.await(10, TimeUnit.SECONDS));
        for (int i = 0; i < 50; i++) {
            assertEquals(i, order.get(i));
        }
    }

    @Test
    void aFailingTaskGivesItsPlaceBack() throws InterruptedException {
        BoundedExecutor bounded = new BoundedExecutor(threads, 1);
        CountDownLatch ran = new CountDownLatch(1);
        bounded.execute(() -> {
            throw new IllegalStateException("fails on purpose");
        });
        bounded.execute(ran::countDown);
        assertTrue(ran.await(10, TimeUnit.SECONDS), "the task after the failed one ran");
    }

    @Test
    void refusesALimitBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> new BoundedExecutor(threads, 0));
    }
}
