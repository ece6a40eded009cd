package org.helpdesk.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final Instant START = Instant.parse("2026-11-25T10:00:00Z");
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void admitsTheLimitInAWindowAndRefusesTheRestUntilTheWindowIsOver() {
        RateLimiter<String> limiter = new RateLimiter<>("test", 3, MINUTE, 100);

        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.hit("10.0.0.1", START.plusSeconds(i)).admitted());
        }
        RateLimiter.Verdict refused = limiter.hit("10.0.0.1", START.plusSeconds(20));

        assertFalse(refused.admitted());
        assertTrue(refused.firstRefused());
        assertEquals(Duration.ofSeconds(40), refused.retryAfter(), "the window began with the first event");
        assertEquals(40, refused.retryAfterSeconds());
        assertTrue(limiter.hit("10.0.0.1", START.plus(MINUTE)).admitted(), "a new window");
    }

    @Test
    void keysAreCountedApart() {
        RateLimiter<String> limiter = new RateLimiter<>("test", 1, MINUTE, 100);

        assertTrue(limiter.hit("10.0.0.1", START).admitted());
        assertFalse(limiter.hit("10.0.0.1", START).admitted());

        assertTrue(limiter.hit("10.0.0.2", START).admitted());
    }

    @Test
    void peekingCountsNothingAndTellsWhenTheLimitIsUsedUp() {
        RateLimiter<String> limiter = new RateLimiter<>("test", 2, MINUTE, 100);

        assertFalse(limiter.peek("k", START).exhausted());
        limiter.hit("k", START);
        assertFalse(limiter.peek("k", START).exhausted());
        assertTrue(limiter.hit("k", START.plusSeconds(1)).justExhausted());

        assertTrue(limiter.peek("k", START.plusSeconds(2)).exhausted());
        assertEquals(2, limiter.peek("k", START.plusSeconds(3)).count(), "peeking counted nothing");
        assertFalse(limiter.peek("k", START.plus(MINUTE)).exhausted(), "over with the window");
    }

    @Test
    void aForgottenKeyStartsAfresh() {
        RateLimiter<String> limiter = new RateLimiter<>("test", 1, MINUTE, 100);
        limiter.hit("k", START);

        limiter.forget("k");

        assertTrue(limiter.hit("k", START).admitted());
    }

    @Test
    void holdsNoMoreKeysThanItsCapacityUnderAMillionDistinctKeys() {
        RateLimiter<Integer> limiter = new RateLimiter<>("test", 5, MINUTE, 1_000);
        int largest = 0;

        for (int key = 0; key < 1_000_000; key++) {
            limiter.hit(key, START.plusMillis(key / 100));
            largest = Math.max(largest, limiter.size());
        }

        assertEquals(1_000, largest);
    }

    @Test
    void eachNewcomerToAFullTableForgetsExactlyOneRunningWindowTheOldest() {
        RateLimiter<Integer> limiter = new RateLimiter<>("test", 1, MINUTE, 1_000);
        for (int key = 0; key < 1_000; key++) {
            limiter.hit(key, START);
        }

        for (int newcomer = 1_000; newcomer < 11_000; newcomer++) {
            limiter.hit(newcomer, START.plusSeconds(1));
        }

        assertEquals(10_000, limiter.forgottenEarly(), "one per newcomer: no call does more than one key's work");
        assertEquals(1, limiter.peek(10_999, START.plusSeconds(2)).count(), "the newest are remembered");
        assertEquals(0, limiter.peek(0, START.plusSeconds(2)).count(), "the oldest were forgotten");
    }

    @Test
    void windowsThatAreOverMakeRoomWithoutForgettingRunningOnes() {
        RateLimiter<Integer> limiter = new RateLimiter<>("test", 1, MINUTE, 1_000);
        for (int key = 0; key < 1_000; key++) {
            limiter.hit(key, START);
        }

        for (int key = 1_000; key < 2_000; key++) {
            limiter.hit(key, START.plus(MINUTE));
        }

        assertEquals(0, limiter.forgottenEarly());
        assertEquals(1_000, limiter.size());
    }
}
