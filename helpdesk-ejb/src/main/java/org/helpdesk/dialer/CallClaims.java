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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.helpdesk.agent.Agent;
import org.helpdesk.agent.AgentRoster;
import org.helpdesk.agent.AgentState;
import org.helpdesk.queue.CallQueue;
import org.helpdesk.queue.QueueRepository;
import org.helpdesk.request.HelpRequest;
import org.helpdesk.request.HelpRequestRepository;
import org.helpdesk.request.PhoneNumber;
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

    /** A ready agent and their phone, as {@link #readyAgentsWithWork()} lists them. */
    public record ReadyAgent(String login, String extension) {
    }

    /**
     * Ready agents with a phone who work a queue with a request waiting, the longest idle first; not those who owe
     * the outcome of a call nor those whose phone is on a call of ours (its record still holds the extension).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ReadyAgent> readyAgentsWithWork() {
        return entityManager.createQuery("select a.login, a.extension from Agent a join a.queues q"
                        + " where a.state = :ready and a.extension is not null and a.wrapUpUntil is null"
                        + " and exists (select r.id from HelpRequest r where r.queue = q and r.status = :queued)"
                        + " and not exists (select c.id from CallAttempt c where c.liveExtension = a.extension)"
                        + " group by a.login, a.extension, a.stateSince order by a.stateSince, a.login", Object[].class)
                .setParameter("ready", AgentState.READY)
                .setParameter("queued", RequestStatus.QUEUED)
                .getResultStream()
                .map(row -> new ReadyAgent((String) row[0], (String) row[1]))
                .toList();
    }

    /**
     * Claims for several ready agents in one transaction, one commit for a whole dialling pass: each agent, the
     * longest idle first, gets the first waiting request of their queues (call order) that no one else in the pass
     * got and whose customer is on no call. Agents are locked in login order, so two instances never deadlock.
     *
     * @param logins agents as {@link #readyAgentsWithWork()} listed them, the longest idle first
     * @param phonesInUse the extensions the telephony reports on a call now: never offered a call
     * @return what to dial: one call per agent who got a request
     */
    public List<CallOrder> claimForAll(List<String> logins, Set<String> phonesInUse, String instance) {
        Map<String, Agent> free = new HashMap<>();
        logins.stream().sorted().forEach(login -> {
            Agent agent = entityManager.find(Agent.class, login, LockModeType.PESSIMISTIC_WRITE);
            if (isFree(agent, phonesInUse)) {
                free.put(login, agent);
            }
        });
        if (free.isEmpty()) {
            return List.of();
        }
        Set<String> workedQueues = new HashSet<>();
        free.values().forEach(agent -> workedQueues.addAll(agent.queues()));
        List<HelpRequest> candidates = new ArrayList<>(waitingIn(workedQueues, free.size() * 2));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Map<String, HelpRequest> claimed = new LinkedHashMap<>();
        Set<PhoneNumber> called = new HashSet<>();
        for (String login : logins) {
            Agent agent = free.get(login);
            if (agent == null) {
                continue;
            }
            for (Iterator<HelpRequest> next = candidates.iterator(); next.hasNext(); ) {
                HelpRequest candidate = next.next();
                if (!agent.queues().contains(candidate.queue()) || called.contains(candidate.phone())) {
                    continue;
                }
                next.remove();
                HelpRequest request = entityManager.find(HelpRequest.class, candidate.internalId(),
                        LockModeType.PESSIMISTIC_WRITE);
                if (request.status() != RequestStatus.QUEUED) {
                    continue; // another instance took it while we waited for its lock
                }
                request.assignTo(login, now);
                claimed.put(login, request);
                called.add(request.phone());
                break;
            }
        }
        requests.flush();
        Map<String, CallQueue> queuesByName = new TreeMap<>();
        claimed.values().forEach(request -> queuesByName.put(request.queue(), null));
        // after the requests' rows, the queues' rows, in name order
        queuesByName.replaceAll((name, none) -> queues.lock(name).orElseThrow());
        List<CallOrder> orders = new ArrayList<>();
        claimed.forEach((login, request) -> {
            CallQueue queue = queuesByName.get(request.queue());
            queue.release();
            orders.add(startCall(free.get(login), request, queue, instance, now));
        });
        entityManager.flush(); // the live-phone and live-extension constraints speak now, inside this transaction
        return orders;
    }

    /**
     * Claims the first waiting request of the agent's queues (call order across them) whose customer is not on a
     * call, for the agent: the request is {@code DIALING}, the agent {@code ON_CALL}, a call attempt recorded.
     *
     * @param phonesInUse the extensions the telephony reports on a call now: never offered a call
     * @return what to dial, or empty if the agent is no longer ready or nothing is waiting
     */
    public Optional<CallOrder> claimFor(String login, Set<String> phonesInUse, String instance) {
        Agent agent = entityManager.find(Agent.class, login, LockModeType.PESSIMISTIC_WRITE);
        if (!isFree(agent, phonesInUse)) {
            return Optional.empty();
        }
        for (HelpRequest candidate : waitingIn(agent.queues(), 3)) {
            HelpRequest request = entityManager.find(HelpRequest.class, candidate.internalId(),
                    LockModeType.PESSIMISTIC_WRITE);
            if (request.status() != RequestStatus.QUEUED) {
                continue; // another instance took it while we waited for its lock
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            request.assignTo(login, now);
            requests.flush();
            CallQueue queue = queues.lock(request.queue()).orElseThrow();
            queue.release();
            CallOrder order = startCall(agent, request, queue, instance, now);
            entityManager.flush(); // the live-phone and live-extension constraints speak now, inside this transaction
            return Optional.of(order);
        }
        return Optional.empty();
    }

    /**
     * Ready, with a phone and queues, owing no outcome, with a phone the telephony does not report on a call, and
     * holding no request: not even one given by hand (no call placed). A call record of ours still holding the
     * phone was excluded by {@link #readyAgentsWithWork()}; should one appear meanwhile (another instance), its
     * unique {@code live_extension} makes this claim fail at the flush.
     */
    private boolean isFree(Agent agent, Set<String> phonesInUse) {
        return agent != null && agent.state() == AgentState.READY && agent.extension() != null
                && agent.wrapUpUntil() == null && !phonesInUse.contains(agent.extension())
                && !agent.queues().isEmpty() && requests.currentlyAssignedTo(agent.login()).isEmpty();
    }

    private CallOrder startCall(Agent agent, HelpRequest request, CallQueue queue, String instance, Instant now) {
        roster.changeState(agent.login(), AgentState.ON_CALL, null, "dialer");
        CallAttempt attempt = CallAttempt.outbound(request, queue.dialMode(), agent.login(), agent.extension(),
                instance, now);
        entityManager.persist(attempt);
        CallOrder order = new CallOrder(attempt.ref(request), queue.dialMode(), agent.extension(),
                request.phone().e164());
        LOG.info(() -> "Dialling " + request + " attempt " + request.attempts() + " (" + queue.dialMode()
                + ") for agent " + agent.login() + " at " + agent.extension() + ", call " + order.ref());
        return order;
    }

    /** The first waiting requests of these queues in call order whose customers are on no call. */
    private List<HelpRequest> waitingIn(Set<String> queueNames, int limit) {
        return entityManager.createQuery("select r from HelpRequest r where r.queue in :queues"
                        + " and r.status = :queued and not exists (select a.id from CallAttempt a"
                        + " where a.livePhone = r.phone) order by r.callPriority, r.dueAt, r.id", HelpRequest.class)
                .setParameter("queues", queueNames)
                .setParameter("queued", RequestStatus.QUEUED)
                .setMaxResults(limit)
                .getResultList();
    }
}
