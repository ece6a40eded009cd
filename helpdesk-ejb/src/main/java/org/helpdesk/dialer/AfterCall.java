package org.helpdesk.dialer;

import java.time.Duration;
import java.time.Instant;
import org.helpdesk.agent.AgentState;

/**
 * What becomes of the agent when a call ends, decided from why it ended, whether agent and customer talked, whether
 * the agent still owes its outcome, and the state the agent chose during the call (which they keep, unless the
 * call's wrap-up needs them). A decision only: {@link CallOutcomes} carries it out.
 *
 * @param state the agent's state from now on, or null to keep the one they are in
 * @param reason the not-ready reason, for {@code NOT_READY}
 * @param wrapUpUntil when the wrap-up after the conversation ends (the outcome is due then), or null for none
 * @param outcomeNotRecorded whether the outcome is to be recorded as not recorded now (no wrap-up time to give)
 */
record AfterCall(AgentState state, String reason, Instant wrapUpUntil, boolean outcomeNotRecorded) {

    /** The reason an agent whose phone let a call ring out, was busy or declined is made not ready with. */
    static final String MISSED_CALL = "missed call";
    /** The telephony could not reach the agent's phone at all (not a terminal of the provider, or not answering). */
    static final String PHONE_UNREACHABLE = "phone unreachable";
    /** The telephony refused to place the call for neither party's fault: an error to look into, not to repeat. */
    static final String CALL_NOT_PLACED = "call not placed";
    static final String INTERRUPTED_CALL = "call interrupted by a restart";

    private static final AfterCall KEEP = new AfterCall(null, null, null, false);

    /**
     * @param talked whether agent and customer were both on the line
     * @param outcomeOwed whether the call's request is completed without an outcome (the agent recorded none during
     *        the call)
     * @param agentState the agent's state as the call ends ({@code ON_CALL} unless they chose another)
     */
    static AfterCall decide(EndCause cause, CallAttempt.Direction direction, boolean talked, boolean outcomeOwed,
            AgentState agentState, Duration wrapUp, Instant at) {
        boolean onCall = agentState == AgentState.ON_CALL;
        if (cause == EndCause.INTERRUPTED) {
            // their phone may still hold the orphaned call: the agent says when they are free
            return onCall ? notReady(INTERRUPTED_CALL) : KEEP;
        }
        if (cause.party() == EndCause.Party.AGENT) {
            // ready again at once, the same phone would be offered the same customer again and again
            return onCall ? notReady(cause == EndCause.AGENT_UNREACHABLE ? PHONE_UNREACHABLE : MISSED_CALL) : KEEP;
        }
        if (cause == EndCause.NOT_PLACED && direction == CallAttempt.Direction.OUTBOUND) {
            return onCall ? notReady(CALL_NOT_PLACED) : KEEP;
        }
        if (!talked) {
            return onCall ? new AfterCall(AgentState.READY, null, null, false) : KEEP;
        }
        if (wrapUp.isZero()) {
            return new AfterCall(onCall ? AgentState.READY : null, null, null, outcomeOwed);
        }
        Instant until = at.plus(wrapUp);
        // an agent who chose to be ready during the call but still owes the outcome wraps up all the same: the next
        // call would pop up over the form. One who chose not ready keeps it and owes the outcome by the same time.
        boolean wrapsUp = onCall || agentState == AgentState.WRAP_UP || (outcomeOwed && agentState == AgentState.READY);
        if (wrapsUp) {
            return new AfterCall(AgentState.WRAP_UP, null, until, false);
        }
        return new AfterCall(null, null, outcomeOwed ? until : null, false);
    }

    private static AfterCall notReady(String reason) {
        return new AfterCall(AgentState.NOT_READY, reason, null, false);
    }
}
