package org.helpdesk.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WaitEstimateTest {

    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void withNobodyStaffedThereIsNoNumberToGive() {
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

    /**
     * The formula with a 300 s handle time. {@code onCall}: seconds each busy agent has been on their call;
     * {@code wrapUpLeft}: seconds each agent in wrap-up still has (negative: overdue; "none": no end set).
     */
    @ParameterizedTest(name = "{0} ahead, {1} ready, on call {2} s, wrap-up left {3} s -> {4} s")
    @CsvSource(delimiter = ';', nullValues = "null", textBlock = """
            # ahead; ready; onCall;    wrapUpLeft; wait
            0;       0;     '';        '';         null
            0;       1;     '';        '';         0
            0;       0;     60;        '';         240
            0;       0;     400;       '';         0
            1;       0;     60;        '';         540
            2;       0;     60;        '';         840
            0;       0;     60 200;    '';         100
            1;       0;     60 200;    '';         240
            2;       0;     60 200;    '';         400
            3;       0;     60 200;    '';         540
            0;       1;     60;        '';         0
            1;       1;     60;        '';         240
            2;       1;     60;        '';         300
            3;       1;     60;        '';         540
            0;       0;     '';        30;         30
            0;       0;     '';        -5;         0
            0;       0;     '';        none;       0
            0;       0;     '';        900;        300
            1;       0;     250;       20;         50
            2;       0;     250;       20;         320
            """)
    void busyAgentsFreeUpAfterTheRestOfTheirHandleTime(long ahead, int ready, String onCall, String wrapUpLeft,
            Long wait) {
        Staffing staffing = new Staffing(ready, seconds(onCall).stream().map(NOW::minusSeconds).toList(),
                wrapUps(wrapUpLeft));

        WaitEstimate estimate = WaitEstimate.of(ahead, staffing, FIVE_MINUTES, NOW);

        assertEquals(wait, estimate.waitSeconds());
        assertEquals(ahead + 1, estimate.position());
        assertEquals(ready > 0, estimate.agentsAvailable());
    }

    @Test
    void notReadyAndLoggedOutAgentsAreNotStaffSoNobodyCanSay() {
        WaitEstimate estimate = WaitEstimate.of(2, new Staffing(0, List.of(), List.of()), FIVE_MINUTES, NOW);

        assertNull(estimate.waitSeconds());
        assertEquals(0, estimate.agentsStaffed());
    }

    @Test
    void everyAgentOnACallStillGivesANumber() {
        WaitEstimate estimate = WaitEstimate.of(0, new Staffing(0, List.of(NOW.minusSeconds(10)), List.of()),
                FIVE_MINUTES, NOW);

        assertEquals(290L, estimate.waitSeconds());
        assertFalse(estimate.agentsAvailable(), "nobody is ready right now");
        assertEquals(1, estimate.agentsStaffed());
    }

    private static List<Long> seconds(String list) {
        return list == null || list.isBlank() ? List.of()
                : Arrays.stream(list.trim().split(" +")).map(Long::valueOf).toList();
    }

    private static List<Instant> wrapUps(String list) {
        List<Instant> until = new ArrayList<>();
        if (list != null && !list.isBlank()) {
            for (String left : list.trim().split(" +")) {
                until.add(left.equals("none") ? null : NOW.plusSeconds(Long.parseLong(left)));
            }
        }
        return until;
    }
}
