package org.helpdesk.dialer;

import java.time.Duration;
import java.time.Instant;
import org.helpdesk.agent.AgentState;

/**
 * What becomes of the agent when a call ends, decided from why it ended, whether agent and customer talked, and the
 * state the agent chose during the call (which they keep). A decision only: {@link CallOutcomes} carries it out.
 *
 * @param state the agent's state from now on, or null to keep the one they are in
 * @param reason the not-ready reason, for {@code NOT_READY}
 * @param wrapUpUntil when the wrap-up after the conversation ends by itself, or null for none
 */
record AfterCall(AgentState state, String reason, Instant wrapUpUntil) {

    /** The reason an agent whose phone let a call ring out, was busy or declined is made not ready with. */
    static final String MISSED_CALL = "missed call";
    /** The telephony could not reach the agent's phone at all (not a terminal of the provider, or not answering). */
    static final String PHONE_UNREACHABLE = "phone unreachable";
    /** The telephony refused to place the call for neither party's fault: an error to look into, not to repeat. */
    static final String CALL_NOT_PLACED = "call not placed";
    static final String INTERRUPTED_CALL = "call interrupted by a restart";

    private static final AfterCall KEEP = new AfterCall(null, null, null);

    /**
     * @param talked whether agent and customer were both on the line
     * @param agentState the agent's state as the call ends ({@code ON_CALL} unless they chose another)
     */
    static AfterCall decide(EndCause cause, CallAttempt.Direction direction, boolean talked, AgentState agentState,
            Duration wrapUp, Instant at) {
        if (agentState != AgentState.ON_CALL) {
            return KEEP;
        }
        if (cause == EndCause.INTERRUPTED) {
            // their phone may still hold the orphaned call: the agent says when they are free
            return notReady(INTERRUPTED_CALL);
        }
        if (cause.party() == EndCause.Party.AGENT) {
            // ready again at once, the same phone would be offered the same customer again and again
            return notReady(cause == EndCause.AGENT_UNREACHABLE ? PHONE_UNREACHABLE : MISSED_CALL);
        }
        if (cause == EndCause.NOT_PLACED && direction == CallAttempt.Direction.OUTBOUND) {
            return notReady(CALL_NOT_PLACED);
        }
        if (talked && !wrapUp.isZero()) {
            return new AfterCall(AgentState.WRAP_UP, null, at.plus(wrapUp));
        }
        return new AfterCall(AgentState.READY, null, null);
    }

    private static AfterCall notReady(String reason) {
        return new AfterCall(AgentState.NOT_READY, reason, null);
    }
}
