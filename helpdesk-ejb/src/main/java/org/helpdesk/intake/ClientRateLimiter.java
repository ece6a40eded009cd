package org.helpdesk.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Logger;

/**
 * Limits anonymous submissions per client address with a fixed one-minute window, in memory; page views reported by
 * browsers are counted the same way, in a budget of their own. Per server instance
 * on purpose: it runs before any database work, so a flood is turned away cheaply; the per-number limit, which
 * protects the people being called, is counted in the database across the cluster.
 */
@ApplicationScoped
public class ClientRateLimiter {

    private static final Logger LOG = Logger.getLogger(ClientRateLimiter.class.getName());
    private static final long WINDOW_MILLIS = 60_000;
    private static final int MAX_TRACKED_CLIENTS = 100_000;

    private final ConcurrentMap<Client, Window> windows = new ConcurrentHashMap<>();

    @Inject
    private Clock clock;

    @Inject
    private RateLimits limits;

    /** @throws RateLimitExceededException if this client has used up its submissions for the current minute */
    public void admit(String clientAddress) {
        admit(Budget.HELP_REQUESTS, clientAddress, limits.perIpPerMinute());
    }

    /** @throws RateLimitExceededException if this client has reported too many page views this minute */
    public void admitPageView(String clientAddress) {
        admit(Budget.PAGE_VIEWS, clientAddress, limits.pageViewsPerIpPerMinute());
    }

    private void admit(Budget budget, String clientAddress, int limit) {
        if (clientAddress == null) {
            return;
        }
        long now = clock.millis();
        long windowStart = now - now % WINDOW_MILLIS;
        if (windows.size() > MAX_TRACKED_CLIENTS) {
            windows.values().removeIf(window -> window.start < windowStart);
        }
        Window window = windows.compute(new Client(budget, clientAddress), (client, current) ->
                current == null || current.start != windowStart ? new Window(windowStart, 1) : current.next());
        if (window.count > limit) {
            long retryAfter = Math.max(1, (windowStart + WINDOW_MILLIS - now + 999) / 1000);
            LOG.warning(() -> "Rate limit: client " + clientAddress + " made " + window.count + " "
                    + budget.what + " this minute (limit " + limit + ")");
            throw new RateLimitExceededException("too many " + budget.what + " from your address; try again in "
                    + retryAfter + " seconds", retryAfter);
        }
    }

    /** Each kind of anonymous call is counted on its own. */
    private enum Budget {
        HELP_REQUESTS("help requests"),
        PAGE_VIEWS("page views");

        private final String what;

        Budget(String what) {
            this.what = what;
        }
    }

    private record Client(Budget budget, String address) {
    }

    private record Window(long start, int count) {
        Window next() {
            return new Window(start, count + 1);
        }
    }
}
