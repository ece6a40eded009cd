package org.helpdesk.jtapi.sip;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Counts strikes against keys (source addresses, user names): a wrong password, a refused INVITE. A key with
 * {@code limit} strikes within {@code window} is <em>out</em> for one {@code window} from that moment; what it does
 * meanwhile is only counted. Being out starts ({@link #strike} says so) and ends (the {@link Ending} hears of it) once
 * each, and that is what the owner logs: a repeating fault is a state change, never a line per occurrence.
 *
 * <p>Memory is bounded: at most {@code capacity} keys are kept, the least recently struck forgotten first (a key
 * that is out stays out until its end, which a timer announces). Thread-safe.
 */
final class Strikes {
    /** Hears that a key is back in; called on the timer thread, outside the lock. */
    interface Ending {
        /** @param meanwhile strikes counted while the key was out */
        void back(String key, int meanwhile);
    }

    private final int limit;
    private final long windowNanos;
    private final Ending ending;
    private final Timers timers;
    private final LongSupplier clock;
    private final Map<String, Tally> tallies;

    private static final class Tally {
        long windowStart;
        int strikes;
        boolean out;
        int meanwhile;
    }

    Strikes(int limit, Duration window, int capacity, Ending ending, Timers timers, LongSupplier clock) {
        this.limit = limit;
        this.windowNanos = window.toNanos();
        this.ending = ending;
        this.timers = timers;
        this.clock = clock;
        this.tallies = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Tally> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * One more strike against {@code key}.
     *
     * @return whether this strike put the key out (the owner logs that, with what it knows of the strike)
     */
    synchronized boolean strike(String key) {
        long now = clock.getAsLong();
        Tally tally = tallies.computeIfAbsent(key, k -> new Tally());
        if (tally.out) {
            tally.meanwhile++;
            return false;
        }
        if (tally.strikes == 0 || now - tally.windowStart >= windowNanos) {
            tally.windowStart = now;
            tally.strikes = 0;
        }
        tally.strikes++;
        if (tally.strikes < limit) {
            return false;
        }
        tally.out = true;
        tally.meanwhile = 0;
        timers.after(Duration.ofNanos(windowNanos), Runnable::run, () -> end(key, tally));
        return true;
    }

    /** Whether {@code key} is out now; if so, what it tries is counted as one more strike meanwhile. */
    boolean isOut(String key) {
        synchronized (this) {
            Tally tally = tallies.get(key);
            if (tally == null || !tally.out) {
                return false;
            }
            tally.meanwhile++;
            return true;
        }
    }

    private void end(String key, Tally tally) {
        int meanwhile;
        synchronized (this) {
            tally.out = false;
            tally.strikes = 0;
            meanwhile = tally.meanwhile;
        }
        ending.back(key, meanwhile);
    }
}
