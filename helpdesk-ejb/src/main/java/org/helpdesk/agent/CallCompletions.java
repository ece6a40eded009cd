package org.helpdesk.agent;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.logging.Logger;
import org.helpdesk.agent.AssignmentRefusedException.Kind;
import org.helpdesk.request.CallOutcome;
import org.helpdesk.request.HelpRequest;
import org.helpdesk.request.HelpRequestRepository;

/**
 * Records how an agent's current request ended, in one transaction: during the call, or after the dialer ended it
 * (the agent is wrapping up). Locks the agent's row first, then the request's, like {@link Assignments}.
 *
 * <p>Whether the agent is then in {@code WRAP_UP} depends on who ends the call. A request given by hand has no call
 * of ours: the agent's wrap-up ends it, and they wrap up now. A call the dialer placed or routed is the telephony's
 * to end: the outcome is recorded and the request completed, but the agent stays on the call until the telephony
 * reports its end ({@link CallsInProgress}); the dialer then starts their wrap-up.
 */
@Stateless
public class CallCompletions {

    private static final Logger LOG = Logger.getLogger(CallCompletions.class.getName());
    public static final int MAX_NOTES = 1000;

    @PersistenceContext(unitName = "helpdesk")
    private EntityManager entityManager;

    @Inject
    private HelpRequestRepository requests;

    @Inject
    private CallsInProgress calls;

    @EJB
    private AgentRoster roster;

    @Inject
    private Clock clock;

    /**
     * @return the request that was completed
     * @throws AssignmentRefusedException if there is no such agent, the outcome is not one an agent may choose, or
     *         the agent has no call to wrap up
     */
    public HelpRequest complete(String login, CallOutcome outcome, String notes) {
        if (outcome == null || !outcome.chosenByAgent()) {
            throw new AssignmentRefusedException("outcome", Kind.INVALID, outcome == null ? "is required"
                    : "cannot be chosen: " + outcome + " is recorded when an agent records none");
        }
        String kept = notes == null || notes.isBlank() ? null : notes.strip();
        if (kept != null && kept.length() > MAX_NOTES) {
            throw new AssignmentRefusedException("notes", Kind.INVALID, "is longer than " + MAX_NOTES + " characters");
        }
        Agent agent = entityManager.find(Agent.class, login, LockModeType.PESSIMISTIC_WRITE);
        if (agent == null) {
            throw new AssignmentRefusedException("login", Kind.UNKNOWN, "is no agent: " + login);
        }
        HelpRequest request = requests.currentlyAssignedTo(login).orElse(null);
        if (request != null) {
            request.complete(outcome, kept, clock.instant());
            if (!calls.onCall(login)) {
                roster.changeState(login, AgentState.WRAP_UP, null, login);
            }
        } else {
            // the dialer completed the request when the call ended; the agent adds how it went
            boolean wrappingUp = agent.state() == AgentState.WRAP_UP || agent.wrapUpUntil() != null;
            request = wrappingUp ? requests.lastEndedWithoutOutcome(login).flatMap(owed -> requests.lock(owed.id()))
                    .orElse(null) : null;
            if (request == null || request.outcome() != null) {
                throw new AssignmentRefusedException("login", Kind.CONFLICT, "is on no call to wrap up");
            }
            request.recordOutcome(outcome, kept);
        }
        HelpRequest completed = request;
        LOG.info(() -> "Completed " + completed + " by agent " + login + ": " + outcome);
        return completed;
    }
}
