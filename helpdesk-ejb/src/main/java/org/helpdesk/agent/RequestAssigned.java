package org.helpdesk.agent;

import org.helpdesk.screenpop.ScreenPop;

/**
 * A request was given to an agent. Fired inside the assignment's transaction; observe it with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} so that nothing pops up for an assignment that was
 * rolled back. Carries the screen-pop, built in that transaction, so that observers need no database.
 */
public record RequestAssigned(String agent, ScreenPop screenPop) {
}
