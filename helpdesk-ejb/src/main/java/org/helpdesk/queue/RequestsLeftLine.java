package org.helpdesk.queue;

import java.util.Set;

/**
 * Requests left the waiting line or the scheduled call-backs of these queues other than by being given to an agent
 * (that is {@code RequestAssigned}): cancelled, or moved to another queue. Fired inside the transaction; observe it after
 * success, so that nobody shows a change that was rolled back.
 */
public record RequestsLeftLine(Set<String> queues) {
}
