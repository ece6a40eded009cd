package org.helpdesk.dialer;

/** Where an agent's call is, as the desktop shows it. */
public enum CallPhase {
    /** Placed; nobody's phone has rung yet, or (customer first) only the customer's. */
    DIALING,
    /** The agent's phone rang; agent and customer have not both been on the line yet. */
    RINGING,
    /** Agent and customer are on the line. */
    TALKING,
    /** The telephony reported the call's end. */
    ENDED
}
