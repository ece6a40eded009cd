package org.helpdesk.dialer;

/**
 * Something an agent's desktop shows about their call changed: their phone rang, agent and customer are talking,
 * the call ended, or the outcome left unrecorded at the end of the wrap-up was recorded as such. Fired inside the
 * change's transaction; observe it with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}. Carries the
 * call as it is now, so that observers need no database.
 */
public record CallChanged(AgentCall call) {
}
