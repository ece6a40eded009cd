package org.helpdesk.agent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.helpdesk.queue.ReadyAgents;

/** Answers the queues' question "who is ready?" from the agents' recorded states. */
@ApplicationScoped
public class JpaReadyAgents implements ReadyAgents {

    @PersistenceContext(unitName = "helpdesk")
    private EntityManager entityManager;

    @Override
    public int readyFor(String queue) {
        Long ready = entityManager.createQuery(
                        "select count(a) from Agent a join a.queues q where q = :queue and a.state = :ready", Long.class)
                .setParameter("queue", queue)
                .setParameter("ready", AgentState.READY)
                .getSingleResult();
        return Math.toIntExact(ready);
    }
}
