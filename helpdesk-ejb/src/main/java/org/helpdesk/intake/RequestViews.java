package org.helpdesk.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.helpdesk.queue.CallQueue;
import org.helpdesk.queue.QueueRepository;
import org.helpdesk.queue.ReadyAgents;
import org.helpdesk.queue.WaitEstimate;
import org.helpdesk.request.HelpRequest;
import org.helpdesk.request.HelpRequestRepository;
import org.helpdesk.request.RequestStatus;

/** Describes requests as customers see them: with their place in the queue and an honest wait estimate. */
@ApplicationScoped
public class RequestViews {

    @Inject
    private HelpRequestRepository requests;

    @Inject
    private QueueRepository queues;

    @Inject
    private ReadyAgents readyAgents;

    public HelpRequestView of(HelpRequest request, Instant now) {
        return of(request, now, handleTime(request.queue()));
    }

    /** For callers that have the request's queue at hand already. */
    public HelpRequestView of(HelpRequest request, Instant now, Duration handleTime) {
        int ready = readyAgents.readyFor(request.queue());
        if (request.status() == RequestStatus.QUEUED) {
            return view(request, WaitEstimate.of(requests.countAhead(request), ready, handleTime));
        }
        if (request.status() == RequestStatus.SCHEDULED) {
            long untilDue = Math.max(0, Duration.between(now, request.dueAt()).toSeconds());
            return view(request, null, untilDue, ready > 0);
        }
        return view(request, null, null, ready > 0);
    }

    /** For listings that already know the position (the n-th of a queue listed in call order). */
    public HelpRequestView queued(HelpRequest request, long ahead, int ready, Duration handleTime) {
        return view(request, WaitEstimate.of(ahead, ready, handleTime));
    }

    private Duration handleTime(String queue) {
        return queues.find(queue).map(CallQueue::averageHandleTime).orElse(CallQueue.DEFAULT_HANDLE_TIME);
    }

    private static HelpRequestView view(HelpRequest request, WaitEstimate estimate) {
        return view(request, estimate.position(), estimate.waitSeconds(), estimate.agentsAvailable());
    }

    private static HelpRequestView view(HelpRequest request, Integer position, Long waitSeconds,
            boolean agentsAvailable) {
        return new HelpRequestView(
                request.id().value(),
                request.status(),
                request.phone().e164(),
                request.customerName(),
                request.queue(),
                request.pageUrl() == null ? null : request.pageUrl().value(),
                request.pageTitle(),
                request.note(),
                request.createdAt(),
                position,
                waitSeconds,
                agentsAvailable,
                request.preferredTime());
    }
}
