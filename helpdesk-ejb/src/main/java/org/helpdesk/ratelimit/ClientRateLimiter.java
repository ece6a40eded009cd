package org.helpdesk.ratelimit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Limits anonymous submissions per client address, one minute at a time, in memory; page views reported by browsers
 * are counted the same way, in a budget of their own. Per server instance on purpose: it runs before any database
 * work, so a flood is turned away cheaply; the per-number limit, which protects the people being called, is counted
 * in the database across the cluster.
 */
@ApplicationScoped
public class ClientRateLimiter {

    private static final Logger LOG = Logger.getLogger(ClientRateLimiter.class.getName());
    private static final Duration MINUTE = Duration.ofMinutes(1);
    /** Client addresses tracked per budget: a few megabytes at most. */
    static final int MAX_TRACKED_CLIENTS = 100_000;

    @Inject
    private Clock clock;

    @Inject
    private RateLimits limits;

    private RateLimiter<String> helpRequests;
    private RateLimiter<String> pageViews;

    @PostConstruct
    void startCounting() {
        helpRequests = new RateLimiter<>("help requests per client address", limits.perIpPerMinute(), MINUTE,
                MAX_TRACKED_CLIENTS);
        pageViews = new RateLimiter<>("page views per client address", limits.pageViewsPerIpPerMinute(), MINUTE,
                MAX_TRACKED_CLIENTS);
    }

    /** @throws RateLimitExceededException if this client has used up its submissions for the current minute */
    public void admit(String clientAddress) {
        admit(helpRequests, "help requests", clientAddress);
    }

    /** @throws RateLimitExceededException if this client has reported too many page views this minute */
    public void admitPageView(String clientAddress) {
        admit(pageViews, "page views", clientAddress);
    }

    private void admit(RateLimiter<String> budget, String what, String clientAddress) {
        if (clientAddress == null) {
            return;
        }
        RateLimiter.Verdict verdict = budget.hit(clientAddress, clock.instant());
        if (verdict.admitted()) {
            return;
        }
        // Once per client and minute: a flood is one line, not one per refused call.
        if (verdict.firstRefused()) {
            LOG.warning(() -> "Rate limit: client " + clientAddress + " made more than " + verdict.limit() + " "
                    + what + " this minute; refused for " + verdict.retryAfterSeconds() + " s");
        }
        throw new RateLimitExceededException("too many " + what + " from your address; try again in "
                + verdict.retryAfterSeconds() + " seconds", verdict.retryAfterSeconds());
    }
}
