package org.helpdesk.jtapi.sip;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StrikesTest {
    private final Timers timers = new Timers();
    private final AtomicLong clock = new AtomicLong();
    private final List<String> back = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopTimers() {
        timers.shutdown();
    }

    private Strikes strikes(int limit, Duration window, int capacity) {
        return new Strikes(limit, window, capacity, (key, meanwhile) -> back.add(key + ":" + meanwhile), timers,
                clock::get);
    }

    @Test
    void aKeyIsOutAtTheLimitCountsWhatItTriesMeanwhileAndIsBackAfterOneWindow() {
        Strikes strikes = strikes(3, Duration.ofMillis(300), 10);
        assertFalse(strikes.strike("a"));
        assertFalse(strikes.strike("a"));
        assertFalse(strikes.isOut("a"));
        assertTrue(strikes.strike("a"), "the third strike puts it out, once");
        assertTrue(strikes.isOut("a"));
        assertFalse(strikes.strike("a"), "already out");
        assertFalse(strikes.isOut("b"), "other keys are not concerned");
        await().atMost(Duration.ofSeconds(5)).until(() -> back.equals(List.of("a:2")));
        assertFalse(strikes.isOut("a"));
        assertFalse(strikes.strike("a"), "back with a clean slate");
    }

    @Test
    void strikesOlderThanTheWindowAreForgotten() {
        Strikes strikes = strikes(2, Duration.ofSeconds(60), 10);
        assertFalse(strikes.strike("a"));
        clock.addAndGet(Duration.ofSeconds(61).toNanos());
        assertFalse(strikes.strike("a"), "the first strike's window is over");
        assertTrue(strikes.strike("a"));
    }

    @Test
    void atMostCapacityKeysAreRememberedTheLeastRecentlyStruckForgottenFirst() {
        Strikes strikes = strikes(2, Duration.ofSeconds(60), 2);
        strikes.strike("a");
        strikes.strike("b");
        strikes.strike("c");
        assertFalse(strikes.strike("a"), "a was forgotten: this is its first strike again");
        assertTrue(strikes.strike("c"), "c was remembered");
        assertEquals(List.of(), back);
    }
}
