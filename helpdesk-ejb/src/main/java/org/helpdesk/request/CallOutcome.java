package org.helpdesk.request;

/** How a call ended, as the agent records it at wrap-up. */
public enum CallOutcome {
    /** The customer's problem is solved. */
    RESOLVED,
    /** The customer wants another call (the wrap-up usually schedules it). */
    CALL_BACK,
    /** Handed on to another team or a specialist. */
    ESCALATED,
    /** Nobody answered, or the line dropped before the customer was helped. */
    NO_ANSWER,
    /** The number does not belong to the customer who asked. */
    WRONG_NUMBER,
    OTHER,
    /**
     * The agent did not record an outcome before the wrap-up time after the call was over: written by the dialer,
     * so that a missing outcome is visible as such, never chosen by an agent.
     */
    NOT_RECORDED;

    /** Whether an agent may choose this outcome at wrap-up. */
    public boolean chosenByAgent() {
        return this != NOT_RECORDED;
    }
}
