package org.helpdesk.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Counts events per key (a client address, a login tried from an address) in windows of a fixed length, each
 * starting at the key's first event, and refuses a key that has used up its limit until its window is over. The one
 * mechanism behind every in-memory limit of Helpdesk: submissions and page views per client, failed logins per client
 * and per login and client. In memory and per server instance, so that a flood is turned away before any database
 * work.
 *
 * <p>Bounded memory, constant work per call. The windows are kept in the order they began: all have the same length,
 * so the head is always the first to end. Each call drops the windows at the head that are over (each window is
 * dropped once, by whichever call finds it), never scans the table. When the table is full of running windows, a new
 * key takes the place of the oldest: under a flood of more distinct keys than it holds, the limiter forgets the
 * oldest counts (logged when the flood begins and when it ends), and never refuses a newcomer for want of room,
 * which would turn a flood into a denial of service for everyone.
 *
 * @param <K> the key; a record or a string, with value equality
 */
public final class RateLimiter<K> {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class.getName());

    private final String name;
    private final int limit;
    private final Duration window;
    private final int capacity;
    /** In the order the windows began: insertion order, a key whose window ends is removed and put again. */
    private final Map<K, Window> windows = new LinkedHashMap<>();
    private long forgottenEarly;
    private long forgottenInFlood;

    /**
     * @param name what is counted, for the log ("help requests per client address")
     * @param limit events admitted per key and window
     * @param capacity keys held at most
     */
    public RateLimiter(String name, int limit, Duration window, int capacity) {
        if (limit < 1 || window.isNegative() || window.isZero() || capacity < 1) {
            throw new IllegalArgumentException(name + ": the limit, window and capacity must be positive");
        }
        this.name = name;
        this.limit = limit;
        this.window = window;
        this.capacity = capacity;
    }

    /** Counts one event of this key: admitted while the key's window holds at most {@code limit} events. */
    public synchronized Verdict hit(K key, Instant now) {
        dropEndedWindows(now);
        Window current = windows.get(key);
        if (current == null) {
            makeRoom();
            current = new Window(now);
            windows.put(key, current);
        }
        current.count++;
        return verdict(current, now);
    }

    /** Whether the key has used up its limit, so that its next event would be refused; counts nothing. */
    public synchronized Verdict peek(K key, Instant now) {
        dropEndedWindows(now);
        Window current = windows.get(key);
        if (current == null) {
            return new Verdict(0, limit, Duration.ZERO);
        }
        return verdict(current, now);
    }

    /** Forgets the key's count: a login that succeeds starts the count of its failures afresh. */
    public synchronized void forget(K key) {
        windows.remove(key);
    }

    /** Keys held now. */
    public synchronized int size() {
        return windows.size();
    }

    /** How many running windows were forgotten to make room for new keys, since the start. */
    public synchronized long forgottenEarly() {
        return forgottenEarly;
    }

    private Verdict verdict(Window current, Instant now) {
        Duration left = Duration.between(now, current.start.plus(window));
        return new Verdict(current.count, limit, left.isNegative() ? Duration.ZERO : left);
    }

    private void dropEndedWindows(Instant now) {
        Iterator<Window> oldestFirst = windows.values().iterator();
        while (oldestFirst.hasNext()) {
            if (oldestFirst.next().start.plus(window).isAfter(now)) {
                return;
            }
            oldestFirst.remove();
        }
    }

    private void makeRoom() {
        if (windows.size() < capacity) {
            if (forgottenInFlood > 0) {
                long forgotten = forgottenInFlood;
                forgottenInFlood = 0;
                LOG.warning(() -> "Rate limit " + name + ": room again for every key; " + forgotten
                        + " running counts were forgotten to make room");
            }
            return;
        }
        Iterator<Window> oldestFirst = windows.values().iterator();
        oldestFirst.next();
        oldestFirst.remove();
        forgottenEarly++;
        if (forgottenInFlood++ == 0) {
            LOG.warning(() -> "Rate limit " + name + ": more than " + capacity + " keys in one window of " + window
                    + "; forgetting the oldest counts to make room (a flood of distinct keys?)");
        }
    }

    /**
     * What a key's count says.
     *
     * @param count events of the key in its current window, this one included
     * @param retryAfter until the key's window is over
     */
    public record Verdict(int count, int limit, Duration retryAfter) {

        /** The event is within the limit. */
        public boolean admitted() {
            return count <= limit;
        }

        /** The key has used up its limit: its next event will be refused. */
        public boolean exhausted() {
            return count >= limit;
        }

        /** This event used up the limit: the moment to log, once per key and window. */
        public boolean justExhausted() {
            return count == limit;
        }

        /** This event is the first one refused: the moment to log, once per key and window. */
        public boolean firstRefused() {
            return count == limit + 1;
        }

        /** Whole seconds, at least one, for a {@code Retry-After} header. */
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }

    private static final class Window {
        private final Instant start;
        private int count;

        private Window(Instant start) {
            this.start = start;
        }
    }
}
