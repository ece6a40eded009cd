package org.helpdesk.agent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.helpdesk.queue.ReadyAgents;
import org.helpdesk.queue.Staffing;

/** Answers the queues' questions "who is ready?" and "who will be?" from the agents' recorded states. */
@ApplicationScoped
public class JpaReadyAgents implements ReadyAgents {

    private static final List<AgentState> STAFFED = List.of(AgentState.READY, AgentState.ON_CALL, AgentState.WRAP_UP);

    @PersistenceContext(unitName = "helpdesk")
    private EntityManager entityManager;

    /** One query; a busy agent's time on the call is the time in {@code ON_CALL}, which the dialer sets at the claim. */
    @Override
    public Staffing staffingOf(String queue) {
        List<Object[]> rows = entityManager.createQuery("select a.state, a.stateSince, a.wrapUpUntil from Agent a"
                        + " join a.queues q where q = :queue and a.state in :staffed", Object[].class)
                .setParameter("queue", queue)
                .setParameter("staffed", STAFFED)
                .getResultList();
        int ready = 0;
        List<Instant> onCallSince = new ArrayList<>();
        List<Instant> wrapUpUntil = new ArrayList<>();
        for (Object[] row : rows) {
            switch ((AgentState) row[0]) {
                case READY -> ready++;
                case ON_CALL -> onCallSince.add((Instant) row[1]);
                case WRAP_UP -> wrapUpUntil.add((Instant) row[2]);
                default -> throw new IllegalStateException("not a staffed state: " + row[0]);
            }
        }
        return new Staffing(ready, onCallSince, wrapUpUntil);
    }
}
