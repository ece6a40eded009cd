package org.helpdesk.dialer;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.helpdesk.agent.Agent;
import org.helpdesk.agent.AgentRoster;
import org.helpdesk.agent.AgentState;
import org.helpdesk.agent.RequestAssigned;
import org.helpdesk.dialer.IncomingCallRecord.Disposition;
import org.helpdesk.queue.CallQueue;
import org.helpdesk.queue.QueueRepository;
import org.helpdesk.request.HelpRequest;
import org.helpdesk.request.HelpRequestRepository;
import org.helpdesk.request.IntakeRules;
import org.helpdesk.request.InvalidFieldsException;
import org.helpdesk.request.PhoneNumber;
import org.helpdesk.request.RequestDetails;
import org.helpdesk.request.RequestSource;
import org.helpdesk.request.RequestStatus;
import org.helpdesk.screenpop.ScreenPops;

/**
 * Takes a customer's call to a queue's help number: the call becomes a help request (or answers the one the caller
 * is already waiting with), given to the ready agent of that queue who has been idle longest, with a screen-pop
 * built from the caller ID. A caller ID that no trusted network vouched for is only a claim: such a call is always
 * a request of its own, marked unverified. One transaction; the same locks in the same order as {@link CallClaims}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IncomingCalls {

    private static final Logger LOG = Logger.getLogger(IncomingCalls.class.getName());

    /** The agent to ring and the reference the call's events will carry. */
    public record Routing(CallRef ref, String extension) {
    }

    @PersistenceContext(unitName = "helpdesk")
    private EntityManager entityManager;

    @Inject
    private HelpRequestRepository requests;

    @Inject
    private QueueRepository queues;

    @Inject
    private AgentRoster roster;

    @Inject
    private ScreenPops screenPops;

    @Inject
    private IntakeRules rules;

    @Inject
    private Event<RequestAssigned> popped;

    @Inject
    private Clock clock;

    /**
     * Decides the call and records it ({@link IncomingCallRecord}), whatever the decision.
     *
     * @param phonesInUse the extensions the telephony reports on a call now: never rung
     * @return whom to ring, or empty when nobody can take the call now (it waits or is refused by the telephony)
     */
    public Optional<Routing> take(IncomingCall call, String instance, Set<String> phonesInUse) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Optional<CallQueue> queue = queueCalled(call.helpNumber());
        Optional<PhoneNumber> caller = callerNumber(call.callerId());
        if (queue.isEmpty() || caller.isEmpty()) {
            LOG.info(() -> "Incoming call to " + call.helpNumber() + ": " + (queue.isEmpty() ? "no queue has this"
                    + " help number" : "caller ID withheld or not a number we can call back") + "; not routed");
            return notRouted(call, queue.map(CallQueue::name).orElse(null), queue.isEmpty() ? Disposition.NO_QUEUE
                    : Disposition.CALLER_ID_UNUSABLE, instance, now);
        }
        Optional<Agent> agent = readyAgentOf(queue.get().name(), phonesInUse);
        if (agent.isEmpty()) {
            LOG.info(() -> "Incoming call from " + caller.get().masked() + " to queue " + queue.get().name()
                    + ": no agent ready");
            return notRouted(call, queue.get().name(), Disposition.NO_AGENT, instance, now);
        }
        Optional<HelpRequest> waiting = call.callerVerified() ? waitingRequestOf(queue.get().name(), caller.get(), now)
                : Optional.empty();
        Optional<HelpRequest> request = waiting.isPresent() ? waiting
                : call.callerVerified() ? newRequestFor(queue.get().name(), caller.get(), now)
                : Optional.of(unverifiedRequest(queue.get().name(), caller.get(), now));
        if (request.isEmpty()) {
            LOG.info(() -> "Incoming call from " + caller.get().masked() + ": already on a call from queue "
                    + queue.get().name());
            return notRouted(call, queue.get().name(), Disposition.CALLER_ON_A_CALL, instance, now);
        }
        HelpRequest taken = request.get();
        String login = agent.get().login();
        taken.assignTo(login, now);
        requests.flush();
        if (waiting.isPresent()) {
            queues.lock(taken.queue()).orElseThrow().release();
        }
        roster.changeState(login, AgentState.ON_CALL, null, "incoming call");
        CallAttempt attempt = CallAttempt.inbound(taken, login, agent.get().extension(), instance, now);
        entityManager.persist(attempt);
        entityManager.flush();
        entityManager.persist(IncomingCallRecord.routed(call, taken.queue(), taken.internalId(), attempt.id(),
                instance, now));
        popped.fire(new RequestAssigned(login, screenPops.of(taken)));
        LOG.info(() -> "Incoming call from " + caller.get().masked() + " to queue " + taken.queue() + ": " + taken
                + " to agent " + login + " at " + agent.get().extension() + ", call " + attempt.id());
        return Optional.of(new Routing(attempt.ref(taken), agent.get().extension()));
    }

    private Optional<Routing> notRouted(IncomingCall call, String queue, Disposition why, String instance,
            Instant now) {
        entityManager.persist(IncomingCallRecord.notRouted(call, queue, why, instance, now));
        return Optional.empty();
    }

    private Optional<CallQueue> queueCalled(String helpNumber) {
        return entityManager.createQuery("select q from CallQueue q where q.helpNumber = :number", CallQueue.class)
                .setParameter("number", helpNumber)
                .getResultStream().findFirst();
    }

    private Optional<PhoneNumber> callerNumber(String callerId) {
        try {
            return Optional.of(rules.phones().accept("callerId", callerId));
        } catch (InvalidFieldsException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** Like the dialer's claims: not an agent who owes an outcome, nor one whose phone is on a call. */
    private Optional<Agent> readyAgentOf(String queue, Set<String> phonesInUse) {
        List<String> ready = entityManager.createQuery("select a.login from Agent a join a.queues q where q = :queue"
                        + " and a.state = :ready and a.extension is not null and a.wrapUpUntil is null"
                        + " and not exists (select c.id from CallAttempt c where c.liveExtension = a.extension)"
                        + " order by a.stateSince, a.login", String.class)
                .setParameter("queue", queue)
                .setParameter("ready", AgentState.READY)
                .setMaxResults(5)
                .getResultList();
        for (String login : ready) {
            Agent agent = entityManager.find(Agent.class, login, LockModeType.PESSIMISTIC_WRITE);
            if (agent.state() == AgentState.READY && agent.wrapUpUntil() == null
                    && !phonesInUse.contains(agent.extension())) {
                return Optional.of(agent);
            }
        }
        return Optional.empty();
    }

    /** The caller's request waiting in this queue's line: the call answers it, and it leaves the line. */
    private Optional<HelpRequest> waitingRequestOf(String queue, PhoneNumber caller, Instant now) {
        return openRequestOf(queue, caller).filter(open -> open.status() == RequestStatus.QUEUED);
    }

    /**
     * A new request that the call itself is; empty when the caller is being called from this queue right now. A
     * call-back the caller was promised for later is cancelled: the call takes its place.
     */
    private Optional<HelpRequest> newRequestFor(String queue, PhoneNumber caller, Instant now) {
        Optional<HelpRequest> open = openRequestOf(queue, caller);
        if (open.isPresent()) {
            if (open.get().status() != RequestStatus.SCHEDULED) {
                return Optional.empty();
            }
            open.get().cancel(now);
            requests.flush();
        }
        HelpRequest created = HelpRequest.accept(new RequestDetails(caller, null, null, null, null, queue, null),
                RequestSource.PHONE, now, null, null);
        requests.storeAll(List.of(created));
        return Optional.of(created);
    }

    /**
     * A caller ID nobody vouches for may be anyone's number: the call is a request of its own, which changes nothing
     * of that number's (no waiting request taken over, no call-back cancelled) and shows nothing of its owner's.
     */
    private HelpRequest unverifiedRequest(String queue, PhoneNumber callerId, Instant now) {
        HelpRequest created = HelpRequest.unverifiedCall(queue, callerId, now);
        requests.storeAll(List.of(created));
        LOG.info(() -> "Incoming call to queue " + queue + " with an unverified caller ID " + callerId.masked()
                + ": a request of its own, " + created);
        return created;
    }

    private Optional<HelpRequest> openRequestOf(String queue, PhoneNumber caller) {
        return requests.findOpen(List.of(HelpRequest.openKey(queue, caller))).stream().findFirst()
                .flatMap(found -> requests.lock(found.id()));
    }
}
