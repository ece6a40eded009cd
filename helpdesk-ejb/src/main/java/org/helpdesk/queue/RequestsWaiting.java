package org.helpdesk.queue;

import java.util.Set;

/**
 * Requests joined the waiting line of these queues (accepted, or a call-back came due). Fired inside the
 * transaction; observe it after success, so that the dialer wakes up only for requests that are really there.
 */
public record RequestsWaiting(Set<String> queues) {
}
