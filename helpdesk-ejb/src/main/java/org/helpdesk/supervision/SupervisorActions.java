package org.helpdesk.supervision;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.helpdesk.agent.AgentRoster;
import org.helpdesk.agent.AgentState;
import org.helpdesk.agent.AgentView;
import org.helpdesk.audit.AuditTrail;
import org.helpdesk.queue.CallQueue;
import org.helpdesk.queue.QueueRepository;
import org.helpdesk.queue.RequestsLeftLine;
import org.helpdesk.queue.RequestsWaiting;
import org.helpdesk.request.HelpRequest;
import org.helpdesk.request.HelpRequestRepository;
import org.helpdesk.request.RequestId;
import org.helpdesk.request.RequestNotMovableException;
import org.helpdesk.request.RequestStatus;

/**
 * What a supervisor may do to the work of others: cancel or move a customer's request, send an agent to
 * {@code NOT_READY}, log an agent out. Each action and its audit entry (who did it) commit together.
 */
@Stateless
public class SupervisorActions {

    public static final String SET_NOT_READY_REASON = "Set by supervisor";

    @Inject
    private HelpRequestRepository requests;

    @Inject
    private QueueRepository queues;

    @EJB
    private AgentRoster roster;

    @Inject
    private AuditTrail audit;

    @Inject
    private Event<AgentLoggedOut> loggedOut;

    @Inject
    private Event<RequestsLeftLine> leftLine;

    @Inject
    private Event<RequestsWaiting> waiting;

    @Inject
    private Clock clock;

    /** @return false if there is no such request */
    public boolean cancelRequest(RequestId id, String actor) {
        Optional<HelpRequest> found = requests.find(id);
        if (found.isEmpty()) {
            return false;
        }
        HelpRequest request = found.get();
        boolean wasWaiting = request.status() == RequestStatus.QUEUED;
        request.cancel(clock.instant());
        if (wasWaiting) {
            requests.flush();
            queues.lock(request.queue()).orElseThrow().release();
        }
        leftLine.fire(new RequestsLeftLine(Set.of(request.queue())));
        audit.record(actor, "CANCEL_REQUEST", request.id().value(), "queue " + request.queue());
        return true;
    }

    /**
     * Moves a waiting request to another queue, keeping its place in time (see {@link HelpRequest#moveTo}).
     *
     * @return false if there is no such request
     * @throws RequestNotMovableException if the request is not waiting, the queue does not exist, or the customer
     *         already waits in that queue
     */
    public boolean moveRequest(RequestId id, String toQueue, String actor) {
        Optional<HelpRequest> found = requests.find(id);
        if (found.isEmpty()) {
            return false;
        }
        HelpRequest request = found.get();
        if (queues.find(toQueue).isEmpty()) {
            throw new RequestNotMovableException("there is no queue named " + toQueue);
        }
        if (!requests.findOpen(List.of(HelpRequest.openKey(toQueue, request.phone()))).isEmpty()) {
            throw new RequestNotMovableException("the customer already waits in queue " + toQueue);
        }
        String from = request.queue();
        boolean wasWaiting = request.status() == RequestStatus.QUEUED;
        Instant now = clock.instant();
        request.moveTo(toQueue, now);
        if (wasWaiting) {
            // the request's row first, then both queues' rows in name order: the lock order every writer keeps
            requests.flush();
            for (String name : new TreeSet<>(List.of(from, toQueue))) {
                CallQueue queue = queues.lock(name).orElseThrow();
                if (name.equals(from)) {
                    queue.release();
                } else {
                    queue.admit(1);
                }
            }
            waiting.fire(new RequestsWaiting(Set.of(toQueue)));
        }
        leftLine.fire(new RequestsLeftLine(Set.of(from)));
        audit.record(actor, "MOVE_REQUEST", request.id().value(), from + " -> " + toQueue);
        return true;
    }

    public AgentView setNotReady(String login, String reason, String actor) {
        String why = reason == null || reason.isBlank() ? SET_NOT_READY_REASON : reason;
        AgentView changed = roster.changeState(login, AgentState.NOT_READY, why, actor);
        audit.record(actor, "SET_AGENT_NOT_READY", login, why);
        return changed;
    }

    /** Ends the agent's shift: state {@code LOGGED_OUT}, and their open sessions are ended (after the commit). */
    public AgentView logOut(String login, String actor) {
        AgentView changed = roster.changeState(login, AgentState.LOGGED_OUT, null, actor);
        audit.record(actor, "LOG_AGENT_OUT", login, null);
        loggedOut.fire(new AgentLoggedOut(login));
        return changed;
    }
}
