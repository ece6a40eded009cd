package org.helpdesk.agent;

/**
 * An agent's state changed. Fired inside the change's transaction; observe it with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}, so that nobody hears of a change that was rolled back.
 */
public record AgentStateChanged(AgentView agent) {
}
