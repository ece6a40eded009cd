package org.helpdesk.dialer;

import jakarta.ejb.EJB;
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
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.helpdesk.agent.Agent;
import org.helpdesk.agent.AgentRoster;
import org.helpdesk.agent.AgentState;
import org.helpdesk.agent.RequestAssigned;
import org.helpdesk.queue.CallQueue;
import org.helpdesk.queue.QueueRepository;
import org.helpdesk.request.CallOutcome;
import org.helpdesk.request.HelpRequest;
import org.helpdesk.request.HelpRequestRepository;
import org.helpdesk.screenpop.ScreenPops;

/**
 * What the dialer does as a call progresses, one transaction per step: the screen-pop when the agent's phone
 * rings, the request connected when both are on the line, and when the call ends, the queue's retry policy or the
 * agent's wrap-up ({@link AfterCall}). Locks the agent's row, then the request's, then the queue's, like every
 * writer. Ends the calls whose end was never recorded ({@link #endVanished}, {@link #reconcileInterrupted}) and the
 * wrap-ups that ran out.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CallOutcomes {

    private static final Logger LOG = Logger.getLogger(CallOutcomes.class.getName());

    @PersistenceContext(unitName = "helpdesk")
    private EntityManager entityManager;

    @Inject
    private QueueRepository queues;

    @Inject
    private HelpRequestRepository requests;

    @Inject
    private AgentRoster roster;

    @Inject
    private ScreenPops screenPops;

    @Inject
    private Event<RequestAssigned> popped;

    @Inject
    private Event<CallChanged> callChanged;

    @EJB
    private AgentCalls agentCalls;

    @Inject
    private Clock clock;

    /**
     * Records steps of one call, in order, in one transaction: the dialer passes on a step that changes nothing by
     * itself (a phone ringing, one party answering) together with the next one that does.
     */
    public void record(List<CallProgress> steps) {
        Long id = steps.get(0).ref().attemptId();
        CallAttempt found = entityManager.find(CallAttempt.class, id);
        if (found == null) {
            LOG.warning(() -> "Telephony events for an unknown call: " + steps);
            return;
        }
        // lock before changing anything (a lock re-reads the row); the agent's row first when the call ends
        boolean ends = steps.stream().anyMatch(step -> step.step() == CallProgress.Step.ENDED);
        Agent agent = ends ? entityManager.find(Agent.class, found.agentLogin(), LockModeType.PESSIMISTIC_WRITE)
                : null;
        CallAttempt attempt = entityManager.find(CallAttempt.class, id, LockModeType.PESSIMISTIC_WRITE);
        HelpRequest request = entityManager.find(HelpRequest.class, attempt.requestId(),
                LockModeType.PESSIMISTIC_WRITE);
        CallPhase before = attempt.phase();
        for (CallProgress progress : steps) {
            if (progress.step() == CallProgress.Step.ENDED) {
                end(attempt, agent, request, progress.cause(), progress.at());
            } else {
                record(attempt, request, progress);
            }
        }
        if (attempt.phase() != before) {
            callChanged.fire(new CallChanged(AgentCall.of(attempt, request)));
        }
    }

    private void record(CallAttempt attempt, HelpRequest request, CallProgress progress) {
        boolean talking = attempt.conversationStarted();
        if (!attempt.record(progress.step(), progress.at())) {
            return;
        }
        LOG.fine(() -> "Call " + progress + " for " + request);
        boolean placed = attempt.direction() == CallAttempt.Direction.OUTBOUND;
        if (progress.step() == CallProgress.Step.AGENT_ALERTING && placed) {
            // the agent sees who is calling before they pick up
            popped.fire(new RequestAssigned(attempt.agentLogin(), screenPops.of(request)));
        }
        if (!talking && attempt.conversationStarted() && request.status().isOpen()) {
            request.connected(progress.at());
        }
    }

    /** Ends the calls this instance had in flight when it stopped; each follows the retry policy. */
    public int reconcileInterrupted(String instance) {
        List<CallAttempt> interrupted = inFlightOn(instance);
        Instant now = clock.instant();
        for (CallAttempt attempt : interrupted) {
            LOG.warning(() -> "Call in flight when the server stopped: " + attempt + "; ending it as interrupted");
            endLocked(attempt.id(), EndCause.INTERRUPTED, now);
        }
        return interrupted.size();
    }

    /** The call records of this instance whose calls are in flight as far as the database knows. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<CallAttempt> inFlightOn(String instance) {
        return entityManager.createQuery("select a from CallAttempt a"
                        + " where a.instance = :instance and a.endedAt is null", CallAttempt.class)
                .setParameter("instance", instance)
                .getResultList();
    }

    /**
     * Ends calls the telephony no longer has although their records say they are in flight (their end was lost),
     * each at the time it was first missed; one that ended meanwhile after all is left as it is.
     *
     * @param missedSince call record id to when the telephony was first seen without the call
     * @return how many were ended here
     */
    public int endVanished(Map<Long, Instant> missedSince) {
        int ended = 0;
        for (Map.Entry<Long, Instant> vanished : missedSince.entrySet()) {
            if (endLocked(vanished.getKey(), EndCause.END_NOT_RECORDED, vanished.getValue())) {
                ended++;
            }
        }
        return ended;
    }

    /** Locks the agent's row, the call's and the request's, in that order, and ends the call. */
    private boolean endLocked(Long attemptId, EndCause cause, Instant at) {
        CallAttempt found = entityManager.find(CallAttempt.class, attemptId);
        if (found == null || !found.inFlight()) {
            return false;
        }
        Agent agent = entityManager.find(Agent.class, found.agentLogin(), LockModeType.PESSIMISTIC_WRITE);
        CallAttempt attempt = entityManager.find(CallAttempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
        HelpRequest request = entityManager.find(HelpRequest.class, attempt.requestId(),
                LockModeType.PESSIMISTIC_WRITE);
        if (!end(attempt, agent, request, cause, at)) {
            return false;
        }
        callChanged.fire(new CallChanged(AgentCall.of(attempt, request)));
        return true;
    }

    /**
     * Wrap-ups that have run out: an outcome still owed is recorded as {@link CallOutcome#NOT_RECORDED}, and an
     * agent still in {@code WRAP_UP} becomes ready.
     */
    public int endElapsedWrapUps() {
        Instant now = clock.instant();
        List<String> done = entityManager.createQuery("select a.login from Agent a where a.wrapUpUntil <= :now",
                        String.class)
                .setParameter("now", now)
                .getResultList();
        for (String login : done) {
            Agent agent = entityManager.find(Agent.class, login, LockModeType.PESSIMISTIC_WRITE);
            if (!agent.wrapUpOver(now)) {
                continue; // the agent ended it meanwhile
            }
            requests.lastEndedWithoutOutcome(login).flatMap(owed -> requests.lock(owed.id()))
                    .filter(owed -> owed.outcome() == null)
                    .ifPresent(owed -> notRecorded(agent, owed));
            if (agent.state() == AgentState.WRAP_UP) {
                roster.changeState(login, AgentState.READY, null, "dialer (wrap-up time over)");
            } else {
                agent.forgetWrapUp();
            }
        }
        return done.size();
    }

    private void notRecorded(Agent agent, HelpRequest request) {
        request.recordOutcome(CallOutcome.NOT_RECORDED, null);
        LOG.info(() -> "Agent " + agent.login() + " recorded no outcome for " + request
                + " before the wrap-up time was over: outcome NOT_RECORDED");
        agentCalls.lastAttempt(agent.login())
                .ifPresent(call -> callChanged.fire(new CallChanged(AgentCall.of(call, request))));
    }

    /** The caller holds the locks of the agent's row, the attempt's and the request's, taken in that order. */
    private boolean end(CallAttempt attempt, Agent agent, HelpRequest request, EndCause cause, Instant at) {
        boolean talked = attempt.conversationStarted();
        if (!attempt.end(cause, at)) {
            return false;
        }
        CallQueue queue = queues.find(request.queue()).orElseThrow();
        String next;
        boolean ours = request.assignedAgent() != null && request.assignedAgent().equals(attempt.agentLogin());
        if (!request.status().isOpen() || !ours) {
            next = "request already " + request.status();
        } else if (talked && cause != EndCause.INTERRUPTED) {
            request.callEnded(at);
            next = "completed";
        } else if (!request.phoneVerified()) {
            request.unverifiedCallMissed(at);
            next = "failed: an unverified caller ID is never called back";
        } else if (cause.party() == EndCause.Party.AGENT || cause == EndCause.NOT_PLACED
                || (attempt.direction() == CallAttempt.Direction.INBOUND && cause != EndCause.INTERRUPTED)) {
            // the customer was not called on their account (or called us and got no agent): they keep their place
            request.backInLine(at);
            entityManager.flush();
            queues.lock(request.queue()).orElseThrow().admit(1);
            next = "back in line";
        } else {
            next = request.retryLater(at, queue.retryDelay(), queue.maxAttempts())
                    ? "retry at " + request.dueAt() : "failed after " + request.attempts() + " attempts";
        }
        if (agent != null) {
            boolean owed = talked && ours && request.outcome() == null;
            afterCall(agent, request, AfterCall.decide(cause, attempt.direction(), talked, owed, agent.state(),
                    queue.wrapUpTime(), at));
        }
        String agentNow = agent == null ? "gone" : agent.state().name();
        LOG.info(() -> "Call " + attempt.id() + " for " + request + " (attempt " + attempt.attemptNo() + ", agent "
                + attempt.agentLogin() + ") ended: " + cause + "; " + next + "; agent " + agentNow);
        return true;
    }

    private void afterCall(Agent agent, HelpRequest request, AfterCall decision) {
        if (decision.outcomeNotRecorded()) {
            request.recordOutcome(CallOutcome.NOT_RECORDED, null);
        }
        if (decision.wrapUpUntil() != null) {
            agent.wrapUpUntil(decision.wrapUpUntil()); // before the change of state, whose event shows it
        }
        if (decision.state() != null) {
            roster.changeState(agent.login(), decision.state(), decision.reason(), "dialer");
        }
    }
}
