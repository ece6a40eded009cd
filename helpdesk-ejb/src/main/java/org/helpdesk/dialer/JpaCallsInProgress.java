package org.helpdesk.dialer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.helpdesk.agent.CallsInProgress;

/** Answers "is this agent on a call of ours?" from the call records: one whose end has not been recorded. */
@ApplicationScoped
public class JpaCallsInProgress implements CallsInProgress {

    @PersistenceContext(unitName = "helpdesk")
    private EntityManager entityManager;

    @Override
    public boolean onCall(String agentLogin) {
        return entityManager.createQuery("select count(a) from CallAttempt a where a.agentLogin = :agent"
                        + " and a.endedAt is null", Long.class)
                .setParameter("agent", agentLogin)
                .getSingleResult() > 0;
    }
}
