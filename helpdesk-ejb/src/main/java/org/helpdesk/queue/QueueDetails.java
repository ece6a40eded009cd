package org.helpdesk.queue;

import java.time.Duration;
import java.time.Instant;

/**
 * One queue as an operator sees it: its settings and its load.
 *
 * @param openNow whether the queue takes calls at this moment
 * @param nextOpening when a closed queue opens next; null while it is open
 * @param measuredHandleTime what recent calls took (talk and wrap-up), used by estimates instead of the configured
 *     handle time; null before the first measured call
 */
public record QueueDetails(String name, QueueSettings settings, QueueSummary load, boolean openNow,
        Instant nextOpening, Duration measuredHandleTime) {
}
