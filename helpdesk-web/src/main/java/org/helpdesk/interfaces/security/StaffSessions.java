package org.helpdesk.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.servlet.http.HttpSession;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.helpdesk.supervision.AgentLoggedOut;

/**
 * The logged-in sessions of this instance, by login, so that a supervisor can end an agent's shift: the agent's
 * desktop is logged out at once, not at the session's expiry. (Sessions on other instances of a cluster end at
 * their next request's check or at expiry.)
 */
@ApplicationScoped
public class StaffSessions {

    private static final Logger LOG = Logger.getLogger(StaffSessions.class.getName());

    private final ConcurrentHashMap<String, Set<HttpSession>> byLogin = new ConcurrentHashMap<>();

    void signedIn(String login, HttpSession session) {
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
