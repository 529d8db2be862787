package de.kommunalmesse.chat.delivery;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SeenRevisionsTest {

    @Test
    void deliversEachRevisionOnceInAnyOrder() {
        SeenRevisions seen = new SeenRevisions();
        assertTrue(seen.firstTime(5));
        assertTrue(seen.firstTime(3), "late but new");
        assertFalse(seen.firstTime(5), "the echo of 5");
        assertFalse(seen.firstTime(3));
        assertTrue(seen.firstTime(4));
        assertTrue(seen.firstTime(6));
    }

    @Test
    void forgetsWhatFellOutOfTheWindow() {
        SeenRevisions seen = new SeenRevisions();
        assertTrue(seen.firstTime(1));
        assertTrue(seen.firstTime(1 + SeenRevisions.WINDOW + 10));
        assertFalse(seen.firstTime(2), "too old to tell; the client fills such gaps by resuming");
        assertTrue(seen.firstTime(SeenRevisions.WINDOW + 5), "inside the window and not seen");
    }
}
