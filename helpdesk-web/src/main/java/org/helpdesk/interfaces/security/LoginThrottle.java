package org.helpdesk.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Logger;

/**
 * Slows down password guessing from one client address: after {@value #MAX_FAILURES} failed logins in a minute,
 * every login from that address is refused until the minute is over. In memory and per instance, like the intake's
 * per-client limit; the per-account lock-out, in the database, holds across the cluster.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());
    static final int MAX_FAILURES = 20;
    private static final long WINDOW_MILLIS = 60_000;
    private static final int MAX_TRACKED = 100_000;

    private final ConcurrentMap<String, Window> failures = new ConcurrentHashMap<>();

    @Inject
    private Clock clock;

    public boolean isBlocked(String client) {
        Window window = failures.get(client);
        return window != null && window.start == currentWindow() && window.count >= MAX_FAILURES;
    }

    public void failed(String client) {
        long start = currentWindow();
        if (failures.size() > MAX_TRACKED) {
            failures.values().removeIf(window -> window.start < start);
        }
        Window window = failures.compute(client, (address, current) ->
                current == null || current.start != start ? new Window(start, 1) : new Window(start, current.count + 1));
        if (window.count == MAX_FAILURES) {
            LOG.warning(() -> "Logins from " + client + " refused for the rest of the minute after " + MAX_FAILURES
                    + " failures");
        }
    }

    private long currentWindow() {
        long now = clock.millis();
        return now - now % WINDOW_MILLIS;
    }

    private record Window(long start, int count) {
    }
}
