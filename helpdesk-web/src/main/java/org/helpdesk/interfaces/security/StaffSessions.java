package org.helpdesk.interfaces.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.helpdesk.supervision.AgentLoggedOut;

/**
 * The logged-in sessions of this instance, by login, so that a supervisor can end an agent's shift: the agent's
 * desktop is logged out at once, not at the session's expiry. (Sessions on other instances of a cluster end at
 * their next request's check or at expiry.)
 *
 * <p>Also how long an idle session lives ({@code helpdesk.session-timeout-minutes},
 * {@code HELPDESK_SESSION_TIMEOUT_MINUTES}, 30 by default; web.xml's fixed value cannot be configured), and that it
 * really ends: Payara Micro keeps a session whose page holds a web socket open (the desk, the console) valid past
 * its timeout, as found with the console (idle for 75 s with a 1-minute timeout, still valid). So the logged-in
 * sessions idle for longer than their timeout are ended here, every {@link #SWEEP_SECONDS} s; their web sockets
 * then close, and the page learns that it must log in again. Idle means no request of the person's own
 * ({@link StaffActivity}): the console's pushed refreshes do not count.
 */
@ApplicationScoped
public class StaffSessions {

    private static final Logger LOG = Logger.getLogger(StaffSessions.class.getName());

    static final int DEFAULT_TIMEOUT_MINUTES = 30;

    private final ConcurrentHashMap<String, Set<HttpSession>> byLogin = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "helpdesk.session-timeout-minutes", defaultValue = "30")
    private int timeoutMinutes;

    static final long SWEEP_SECONDS = 15;

    private int timeoutSeconds;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> sweeps;

    /** A session that never ended would keep a console open to whoever finds the computer: at least a minute. */
    @PostConstruct
    void readTimeout() {
        int minutes = timeoutMinutes;
        if (minutes < 1) {
            LOG.warning(() -> "helpdesk.session-timeout-minutes=" + timeoutMinutes + " is not a positive number of "
                    + "minutes; using " + DEFAULT_TIMEOUT_MINUTES);
            minutes = DEFAULT_TIMEOUT_MINUTES;
        }
        timeoutSeconds = minutes * 60;
        LOG.info("Sessions end after " + minutes + " idle minute(s)");
        sweeps = scheduler.scheduleWithFixedDelay(this::endIdleSessions, SWEEP_SECONDS, SWEEP_SECONDS,
                TimeUnit.SECONDS);
    }

    @PreDestroy
    void stopSweeping() {
        if (sweeps != null) {
            sweeps.cancel(false);
        }
    }

    private void endIdleSessions() {
        long now = System.currentTimeMillis();
        byLogin.forEach((login, sessions) -> sessions.removeIf(session -> {
            try {
                if (now - StaffActivity.lastActivity(session) < session.getMaxInactiveInterval() * 1000L) {
                    return false;
                }
                session.invalidate();
                LOG.info(() -> "Ended the idle session of " + login);
            } catch (IllegalStateException alreadyEnded) {
                // it ended on its own meanwhile
            }
            return true;
        }));
    }

    void created(HttpSession session) {
        session.setMaxInactiveInterval(timeoutSeconds);
    }

    void signedIn(String login, HttpSession session) {
        // again at login: the container may set its own default after telling the listeners of a new session
        session.setMaxInactiveInterval(timeoutSeconds);
        byLogin.computeIfAbsent(login, key -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void ended(HttpSession session) {
        byLogin.values().forEach(sessions -> sessions.remove(session));
    }

    void endSessionsOf(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgentLoggedOut loggedOut) {
        Set<HttpSession> sessions = byLogin.remove(loggedOut.login());
        if (sessions == null) {
            return;
        }
        for (HttpSession session : sessions) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyEnded) {
                // the session ended on its own meanwhile
            }
        }
        LOG.info(() -> "Ended " + sessions.size() + " session(s) of " + loggedOut.login());
    }
}
