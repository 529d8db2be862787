package de.kommunalmesse.chat.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The per-user message limit: five messages in any ten seconds, a sliding window. */
class RateLimiterTest {

    private final RateLimiter limiter = new RateLimiter(5, Duration.ofSeconds(10));

    @Test
    void sixthMessageWaitsUntilTheFirstLeavesTheWindow() {
        for (int i = 0; i < 5; i++) {
            assertEquals(0, limiter.acquire("bea", 1_000 + i * 100));
        }
        assertEquals(9_500, limiter.acquire("bea", 1_500),
                "the first message (at 1.0 s) leaves the window at 11.0 s");
        assertEquals(0, limiter.acquire("bea", 11_000), "then one more is allowed");
    }

    @Test
    void refusedMessagesDoNotCount() {
        for (int i = 0; i < 5; i++) {
            limiter.acquire("bea", 0);
        }
        for (int i = 0; i < 20; i++) {
            limiter.acquire("bea", 5_000);
        }
        assertEquals(0, limiter.acquire("bea", 10_000), "only the five allowed ones were in the window");
    }

    @Test
    void eachUserHasTheirOwnWindow() {
        for (int i = 0; i < 5; i++) {
            limiter.acquire("bea", 0);
        }
        assertEquals(0, limiter.acquire("sven", 0));
    }

    @Test
    void forgetsOnlyUsersWhoseWindowIsOver() {
        limiter.acquire("bea", 0);
        limiter.acquire("sven", 9_000);

        limiter.forgetIdle(10_000);

        assertEquals(1, limiter.tracked(), "sven's message is still in his window");
    }
}
