package org.helpdesk.dialer;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.helpdesk.agent.Agent;
import org.helpdesk.agent.AgentRoster;
import org.helpdesk.agent.AgentState;
import org.helpdesk.queue.CallQueue;
import org.helpdesk.queue.QueueRepository;
import org.helpdesk.request.HelpRequest;
import org.helpdesk.request.HelpRequestRepository;
import org.helpdesk.request.RequestStatus;

/**
 * Gives the next due request of an agent's queues to the agent, for the dialer to call: request, agent and call
 * attempt change in one transaction, so two server instances can never dial the same request or the same agent.
 *
 * <p>Locks, in the order every writer keeps: the agent's row, the request's row, then its queue's row. The call
 * attempt's unique {@code live_phone} stops a second call to a customer who is on a call already (from another
 * queue), even when two instances claim at the same moment.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CallClaims {

    private static final Logger LOG = Logger.getLogger(CallClaims.class.getName());

    @PersistenceContext(unitName = "helpdesk")
    private EntityManager entityManager;

    @Inject
    private QueueRepository queues;

    @Inject
    private HelpRequestRepository requests;

    @Inject
    private AgentRoster roster;

    @Inject
    private Clock clock;

    /** Ready agents with a phone who work a queue with a request waiting, the longest idle first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<String> readyAgentsWithWork() {
        return entityManager.createQuery("select a.login from Agent a join a.queues q where a.state = :ready"
                        + " and a.extension is not null and exists (select r.id from HelpRequest r"
                        + " where r.queue = q and r.status = :queued) group by a.login, a.stateSince"
                        + " order by a.stateSince, a.login", String.class)
                .setParameter("ready", AgentState.READY)
                .setParameter("queued", RequestStatus.QUEUED)
                .getResultList();
    }

    /**
     * Claims the first waiting request of the agent's queues (call order across them) whose customer is not on a
     * call, for the agent: the request is {@code DIALING}, the agent {@code ON_CALL}, a call attempt recorded.
     *
     * @return what to dial, or empty if the agent is no longer ready or nothing is waiting
     */
    public Optional<CallOrder> claimFor(String login, String instance) {
        Agent agent = entityManager.find(Agent.class, login, LockModeType.PESSIMISTIC_WRITE);
        // an agent may hold a request given by hand (no call placed) as well as one the dialer placed
        if (agent == null || agent.state() != AgentState.READY || agent.extension() == null || agent.queues().isEmpty()
                || requests.currentlyAssignedTo(login).isPresent()) {
            return Optional.empty();
        }
        for (HelpRequest candidate : nextWaiting(agent)) {
            HelpRequest request = entityManager.find(HelpRequest.class, candidate.internalId(),
                    LockModeType.PESSIMISTIC_WRITE);
            if (request.status() != RequestStatus.QUEUED) {
                continue; // another instance took it while we waited for its lock
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            request.assignTo(login, now);
            entityManager.flush();
            CallQueue queue = queues.lock(request.queue()).orElseThrow();
            queue.release();
            roster.changeState(login, AgentState.ON_CALL, null, "dialer");
            CallAttempt attempt = CallAttempt.outbound(request, queue.dialMode(), login, agent.extension(), instance,
                    now);
            entityManager.persist(attempt);
            entityManager.flush(); // the live-phone constraint speaks now, inside this transaction
            CallOrder order = new CallOrder(attempt.ref(request), queue.dialMode(), agent.extension(),
                    request.phone().e164());
            LOG.info(() -> "Dialling " + request + " attempt " + request.attempts() + " (" + queue.dialMode()
                    + ") for agent " + login + " at " + agent.extension() + ", call " + order.ref());
            return Optional.of(order);
        }
        return Optional.empty();
    }

    /** A few candidates in call order, so that one taken meanwhile by another instance does not stop the claim. */
    private List<HelpRequest> nextWaiting(Agent agent) {
        return entityManager.createQuery("select r from HelpRequest r where r.queue in :queues"
                        + " and r.status = :queued and not exists (select a.id from CallAttempt a"
                        + " where a.livePhone = r.phone) order by r.callPriority, r.dueAt, r.id", HelpRequest.class)
                .setParameter("queues", agent.queues())
                .setParameter("queued", RequestStatus.QUEUED)
                .setMaxResults(3)
                .getResultList();
    }
}
