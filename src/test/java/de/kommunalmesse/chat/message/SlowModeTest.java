package de.kommunalmesse.chat.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Slow mode: one post per user and channel every few seconds, with the setting as moderators last left it. */
class SlowModeTest {

    private final SlowMode slowMode = new SlowMode();

    @Test
    void secondPostWithinTheIntervalWaitsForTheRest() {
        assertEquals(0, slowMode.acquire("booth:a", "bea", 30, 1_000));
        assertEquals(20_000, slowMode.acquire("booth:a", "bea", 30, 11_000));
        assertEquals(0, slowMode.acquire("booth:a", "bea", 30, 31_000));
    }

    @Test
    void refusedPostDoesNotRestartTheInterval() {
        slowMode.acquire("booth:a", "bea", 30, 0);
        slowMode.acquire("booth:a", "bea", 30, 29_000);
        assertEquals(0, slowMode.acquire("booth:a", "bea", 30, 30_000));
    }

    @Test
    void otherUsersAndChannelsAreNotHeldBack() {
        slowMode.acquire("booth:a", "bea", 30, 0);
        assertEquals(0, slowMode.acquire("booth:a", "sven", 30, 1));
        assertEquals(0, slowMode.acquire("booth:b", "bea", 30, 1));
    }

    @Test
    void offMeansNoWaitAndNothingKept() {
        assertEquals(0, slowMode.acquire("booth:a", "bea", 0, 0));
        assertEquals(0, slowMode.acquire("booth:a", "bea", 0, 1));
        assertEquals(0, slowMode.tracked());
    }

    @Test
    void latestSettingWinsOverTheStoredOne() {
        assertEquals(60, slowMode.seconds("booth:a", 60));
        slowMode.settingsChanged("booth:a", 10);
        assertEquals(10, slowMode.seconds("booth:a", 60), "a subscriber's state from before the change is stale");
        assertEquals(60, slowMode.seconds("booth:b", 60));
    }

    @Test
    void shorterSettingAppliesToThePostAlreadyMade() {
        slowMode.acquire("booth:a", "bea", 60, 0);
        assertEquals(0, slowMode.acquire("booth:a", "bea", 10, 15_000), "measured from the last post, not fixed then");
    }

    @Test
    void forgetsPostsOlderThanTheLongestSetting() {
        slowMode.acquire("booth:a", "bea", 3600, 0);
        slowMode.acquire("booth:b", "bea", 3600, SlowMode.MAX_MILLIS);

        slowMode.forgetIdle(SlowMode.MAX_MILLIS);

        assertEquals(1, slowMode.tracked());
    }
}
