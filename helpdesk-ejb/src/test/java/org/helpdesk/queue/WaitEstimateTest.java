package org.helpdesk.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WaitEstimateTest {

    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    @Test
    void withNoAgentReadyThereIsNoNumberToGive() {
        WaitEstimate estimate = WaitEstimate.of(3, 0, FIVE_MINUTES);

        assertNull(estimate.waitSeconds());
        assertFalse(estimate.agentsAvailable());
        assertEquals(4, estimate.position());
    }

    @Test
    void theFirstCustomersUpToTheReadyAgentsAreCalledAtOnce() {
        assertEquals(0L, WaitEstimate.of(0, 2, FIVE_MINUTES).waitSeconds());
        assertEquals(0L, WaitEstimate.of(1, 2, FIVE_MINUTES).waitSeconds());
        assertTrue(WaitEstimate.of(1, 2, FIVE_MINUTES).agentsAvailable());
    }

    @Test
    void eachFullRoundOfAgentsAheadCostsOneHandleTime() {
        assertEquals(300L, WaitEstimate.of(2, 2, FIVE_MINUTES).waitSeconds());
        assertEquals(300L, WaitEstimate.of(3, 2, FIVE_MINUTES).waitSeconds());
        assertEquals(600L, WaitEstimate.of(4, 2, FIVE_MINUTES).waitSeconds());
        assertEquals(2700L, WaitEstimate.of(9, 1, FIVE_MINUTES).waitSeconds());
    }
}
