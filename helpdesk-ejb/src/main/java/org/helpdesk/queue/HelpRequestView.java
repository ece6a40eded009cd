package org.helpdesk.queue;

import java.time.Instant;
import org.helpdesk.request.CallOutcome;
import org.helpdesk.request.RequestStatus;

/**
 * What a customer (or a channel on their behalf) may know about their request, with its place in the queue.
 *
 * @param position 1 for the next to be called; null unless the request is {@code QUEUED}
 * @param estimatedWaitSeconds see {@link org.helpdesk.queue.WaitEstimate}: it counts the agents on a call or in
 *     wrap-up too; null only when nobody of the queue is staffed (all logged out or not ready), so nobody can say
 * @param agentsAvailable whether an agent of the queue is ready right now
 * @param scheduledFor when we promised to call: the customer's preferred time, or the queue's next opening when it
 *     was closed; null for a request to be called as soon as possible
 * @param outsideBusinessHours the queue was closed when the customer wanted to be called, so we call at its next
 *     opening ({@code scheduledFor})
 * @param outcome how the call ended, as the agent recorded it ({@code NOT_RECORDED} when they did not in time);
 *     null until then
 */
public record HelpRequestView(
        String id,
        RequestStatus status,
        String phone,
        String name,
        String queue,
        String pageUrl,
        String pageTitle,
        String note,
        Instant createdAt,
        Integer position,
        Long estimatedWaitSeconds,
        boolean agentsAvailable,
        Instant scheduledFor,
        boolean outsideBusinessHours,
        CallOutcome outcome) {
}
