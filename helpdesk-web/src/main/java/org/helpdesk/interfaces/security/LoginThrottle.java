package org.helpdesk.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.helpdesk.ratelimit.RateLimiter;

/**
 * Slows down password guessing from one client address: after {@value #MAX_FAILURES} failed logins in a minute,
 * every login from that address is refused until the minute is over. In memory and per instance, like the intake's
 * per-client limit; the per-account lock-out, in the database, holds across the cluster.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());
    static final int MAX_FAILURES = 20;
    private static final int MAX_TRACKED = 100_000;

    private final RateLimiter<String> failures =
            new RateLimiter<>("failed logins per client address", MAX_FAILURES, Duration.ofMinutes(1), MAX_TRACKED);

    @Inject
    private Clock clock;

    public boolean isBlocked(String client) {
        return failures.peek(client, clock.instant()).exhausted();
    }

    public void failed(String client) {
        RateLimiter.Verdict verdict = failures.hit(client, clock.instant());
        if (verdict.justExhausted()) {
            LOG.warning(() -> "Logins from " + client + " refused for " + verdict.retryAfterSeconds() + " s after "
                    + MAX_FAILURES + " failures");
        }
    }
}
