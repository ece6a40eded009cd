package org.helpdesk.queue;

/**
 * A queue as an operator sees it. {@code estimatedWaitSeconds} is what a request submitted now would be told (see
 * {@link WaitEstimate}); null when no agent of the queue is staffed (ready, on a call or in wrap-up). "Today" is since midnight UTC. {@code serviceLevelToday} is the
 * share (0 to 1) of today's first calls made within the queue's target (see {@link ServiceLevels}), null before the
 * first call of the day.
 */
public record QueueSummary(
        String name,
        long waiting,
        long scheduled,
        Long oldestWaitSeconds,
        Long estimatedWaitSeconds,
        int agentsReady,
        long failedToday,
        long cancelledToday,
        Double serviceLevelToday) {
}
