package de.kommunalmesse.chat.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The unsent bytes a connection may have: its maximum, shrinking with many connections, never below the floor. */
class OutboundBudgetTest {

    @Test
    void fewConnectionsEachGetTheirMaximum() {
        OutboundBudget budget = new OutboundBudget(1_000_000, 64_000_000);
        budget.opened();
        assertEquals(1_000_000, budget.perConnection());
    }

    @Test
    void manyConnectionsShareTheTotal() {
        OutboundBudget budget = new OutboundBudget(1_000_000, 64_000_000);
        for (int i = 0; i < 1000; i++) {
            budget.opened();
        }
        assertEquals(64_000, budget.perConnection());
    }

    @Test
    void shareNeverFallsBelowTheFloor() {
        OutboundBudget budget = new OutboundBudget(1_000_000, 64_000_000);
        for (int i = 0; i < 100_000; i++) {
            budget.opened();
        }
        assertEquals(OutboundBudget.FLOOR, budget.perConnection());
    }

    @Test
    void closedConnectionsGiveTheirShareBack() {
        OutboundBudget budget = new OutboundBudget(1_000_000, 64_000_000);
        for (int i = 0; i < 1000; i++) {
            budget.opened();
        }
        for (int i = 0; i < 936; i++) {
            budget.closed();
        }
        assertEquals(1_000_000, budget.perConnection());
    }

    @Test
    void maximumBelowTheFloorStaysTheMaximum() {
        OutboundBudget budget = new OutboundBudget(4_096, 1_000_000);
        for (int i = 0; i < 10_000; i++) {
            budget.opened();
        }
        assertEquals(4_096, budget.perConnection());
    }
}
