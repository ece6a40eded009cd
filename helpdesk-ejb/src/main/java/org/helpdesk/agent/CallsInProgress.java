package org.helpdesk.agent;

/**
 * Whether an agent's phone carries a call the dialer placed or routed and that has not ended yet (a port: the
 * dialer, which keeps the call records, answers it). A wrap-up during such a call records the outcome but leaves
 * the agent on the call: only the telephony says when it is over.
 */
public interface CallsInProgress {

    boolean onCall(String agentLogin);
}
