package org.helpdesk.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.helpdesk.ratelimit.RateLimiter;

/**
 * Slows password guessing down where it comes from, never where it aims: after {@value #MAX_FAILURES_PER_LOGIN}
 * failed logins for one login from one client address in {@link #LOGIN_WINDOW}, that address may not try that login
 * again until the window is over; after {@value #MAX_FAILURES_PER_CLIENT} failures from one address in a minute, for
 * any logins, the address may try none for the rest of the minute. The owner of the account, at another address,
 * logs in all the while: a guesser can no longer lock the administrator out. A right password starts the count of
 * its login and address afresh. Both are checked before the password, and for logins that exist or not alike.
 *
 * <p>In memory and per instance (the one {@link RateLimiter}): behind a load balancer that spreads one client over
 * several instances, each allows its own count. Guessing a password that {@code PasswordPolicy} accepted at 5 tries
 * per 15 minutes and address does not pay.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());
    static final int MAX_FAILURES_PER_LOGIN = 5;
    static final Duration LOGIN_WINDOW = Duration.ofMinutes(15);
    static final int MAX_FAILURES_PER_CLIENT = 20;
    private static final int MAX_TRACKED = 100_000;
    /** No login is longer; anything longer is cut, so that the table's memory stays bounded. */
    private static final int MAX_LOGIN = 64;

    private final RateLimiter<String> byClient = new RateLimiter<>("failed logins per client address",
            MAX_FAILURES_PER_CLIENT, Duration.ofMinutes(1), MAX_TRACKED);
    private final RateLimiter<Attempt> byLoginAndClient = new RateLimiter<>("failed logins per login and address",
            MAX_FAILURES_PER_LOGIN, LOGIN_WINDOW, MAX_TRACKED);

    @Inject
    private Clock clock;

    /** Whether this login may be tried from this address now. */
    public boolean admits(String login, String client) {
        Instant now = clock.instant();
        return !byClient.peek(client, now).exhausted()
                && !byLoginAndClient.peek(new Attempt(login, client), now).exhausted();
    }

    public void failed(String login, String client) {
        Instant now = clock.instant();
        Attempt attempt = new Attempt(login, client);
        RateLimiter.Verdict forLogin = byLoginAndClient.hit(attempt, now);
        if (forLogin.justExhausted()) {
            LOG.warning(() -> "Logins as " + attempt.login() + " from " + client + " refused for "
                    + forLogin.retryAfterSeconds() + " s after " + MAX_FAILURES_PER_LOGIN + " failures");
        }
        RateLimiter.Verdict fromClient = byClient.hit(client, now);
        if (fromClient.justExhausted()) {
            LOG.warning(() -> "Logins from " + client + " refused for " + fromClient.retryAfterSeconds()
                    + " s after " + MAX_FAILURES_PER_CLIENT + " failures");
        }
    }

    public void succeeded(String login, String client) {
        byLoginAndClient.forget(new Attempt(login, client));
    }

    /** One login tried from one address; the login as typed (control characters made visible, cut at 64). */
    private record Attempt(String login, String client) {
        Attempt {
            login = login == null ? "" : login.replaceAll("\\p{Cntrl}", "?");
            login = login.length() > MAX_LOGIN ? login.substring(0, MAX_LOGIN) : login;
        }
    }
}
