package org.helpdesk.agent;

/** What an agent is doing, as far as the call-centre is concerned. */
public enum AgentState {
    LOGGED_OUT,
    NOT_READY,
    READY,
    WRAP_UP
}
