package org.helpdesk.agent;

/** What an agent is doing, as far as the call-centre is concerned. */
public enum AgentState {
    LOGGED_OUT,
    NOT_READY,
    READY,
    /** Reserved by the dialer for a call, ringing or talking; set and cleared by the dialer only. */
    ON_CALL,
    WRAP_UP
}
