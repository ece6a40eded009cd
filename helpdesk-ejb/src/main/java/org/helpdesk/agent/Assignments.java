package org.helpdesk.agent;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;
import org.helpdesk.agent.AssignmentRefusedException.Kind;
import org.helpdesk.queue.QueueRepository;
import org.helpdesk.request.HelpRequest;
import org.helpdesk.request.HelpRequestRepository;
import org.helpdesk.request.RequestId;
import org.helpdesk.request.RequestNotAssignableException;
import org.helpdesk.screenpop.ScreenPop;
import org.helpdesk.screenpop.ScreenPops;

/**
 * Gives waiting requests to agents: a supervisor by hand today, the dialer when it claims the next request for a
 * free agent. One transaction per assignment; the agent's desktop hears of it after the commit
 * ({@link RequestAssigned}).
 *
 * <p>Locks, in this order: the agent's row (two assignments to one agent, or an assignment and the agent going
 * not-ready, wait for each other), the request's row, then its queue's row (the waiting count).
 */
@Stateless
public class Assignments {

    private static final Logger LOG = Logger.getLogger(Assignments.class.getName());

    @PersistenceContext(unitName = "helpdesk")
    private EntityManager entityManager;

    @Inject
    private HelpRequestRepository requests;

    @Inject
    private QueueRepository queues;

    @Inject
    private ScreenPops screenPops;

    @Inject
    private Event<RequestAssigned> assigned;

    @Inject
    private Clock clock;

    /**
     * Gives a waiting request to a ready agent who is not already busy with one.
     *
     * @return the screen-pop the agent is shown
     * @throws AssignmentRefusedException naming {@code login} or {@code requestId}: unknown, or not free/waiting
     */
    public ScreenPop assign(RequestId requestId, String agentLogin) {
        Agent agent = agentLogin == null ? null
                : entityManager.find(Agent.class, agentLogin, LockModeType.PESSIMISTIC_WRITE);
        if (agent == null) {
            throw new AssignmentRefusedException("login", Kind.UNKNOWN, "is no agent: " + agentLogin);
        }
        if (agent.state() != AgentState.READY) {
            throw new AssignmentRefusedException("login", Kind.CONFLICT,
                    "is " + agent.state() + ", not READY: only a ready agent can be given a request");
        }
        requests.currentlyAssignedTo(agentLogin).ifPresent(busy -> {
            throw new AssignmentRefusedException("login", Kind.CONFLICT,
                    "is already on request " + busy.id().value());
        });
        HelpRequest request = requests.lock(requestId).orElseThrow(() ->
                new AssignmentRefusedException("requestId", Kind.UNKNOWN, "names no help request"));
        // What the databases store: the screen-pop built now shows the same instant as one read back later.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        try {
            request.assignTo(agentLogin, now);
        } catch (RequestNotAssignableException e) {
            throw new AssignmentRefusedException("requestId", Kind.CONFLICT, "is " + request.status()
                    + ", not waiting in its queue");
        }
        // the request's row first (flush), then its queue's: the lock order every writer keeps
        requests.flush();
        queues.lock(request.queue()).orElseThrow().release();
        ScreenPop pop = screenPops.of(request);
        LOG.info(() -> "Assigned " + request + " to agent " + agentLogin + " (attempt " + request.attempts() + ", "
                + pop.pastRequests().size() + " past requests, customer record "
                + (pop.customer() == null ? "none" : "found") + ")");
        assigned.fire(new RequestAssigned(agentLogin, pop));
        return pop;
    }
}
