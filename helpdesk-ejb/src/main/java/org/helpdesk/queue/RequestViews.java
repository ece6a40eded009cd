package org.helpdesk.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.helpdesk.queue.CallQueue;
import org.helpdesk.queue.QueueRepository;
import org.helpdesk.queue.ReadyAgents;
import org.helpdesk.queue.Staffing;
import org.helpdesk.queue.WaitEstimate;
import org.helpdesk.request.HelpRequest;
import org.helpdesk.request.HelpRequestRepository;
import org.helpdesk.request.RequestStatus;

/** Describes requests as customers see them: with their place in the queue and an honest wait estimate. */
@ApplicationScoped
public class RequestViews {

    private static final Comparator<HelpRequest> BY_QUEUE_IN_CALL_ORDER =
            Comparator.comparing(HelpRequest::queue).thenComparing(HelpRequest.CALL_ORDER);

    @Inject
    private HelpRequestRepository requests;

    @Inject
    private QueueRepository queues;

    @Inject
    private ReadyAgents readyAgents;

    public HelpRequestView of(HelpRequest request, Instant now) {
        Staffing staffing = readyAgents.staffingOf(request.queue());
        if (request.status() == RequestStatus.QUEUED) {
            return view(request, WaitEstimate.of(requests.countAhead(request), staffing, handleTime(request.queue()),
                    now));
        }
        return unqueued(request, now, staffing.ready());
    }

    /** A scheduled request's wait is the time until it is due; a closed one has none. */
    private static HelpRequestView unqueued(HelpRequest request, Instant now, int ready) {
        if (request.status() == RequestStatus.SCHEDULED) {
            long untilDue = Math.max(0, Duration.between(now, request.dueAt()).toSeconds());
            return view(request, null, untilDue, ready > 0);
        }
        return view(request, null, null, ready > 0);
    }

    /**
     * Views of requests just stored together, without counting rows: a newcomer's place in line is the queue's
     * waiting count before the batch joined plus the batch's members ahead of it. Only a request whose promised time
     * has already come (it goes ahead of the immediate ones) has the requests ahead of it counted.
     *
     * @param queues the stored requests' queues, locked by the caller's transaction
     * @param waitingBefore how many requests waited in each queue before the batch joined
     */
    public Map<HelpRequest, HelpRequestView> ofStoredTogether(Collection<HelpRequest> stored, Instant now,
            Map<String, CallQueue> queues, Map<String, Long> waitingBefore) {
        Map<String, Staffing> staffingByQueue = new HashMap<>();
        Map<HelpRequest, HelpRequestView> views = new HashMap<>();
        String queue = null;
        long joinedBefore = 0;
        for (HelpRequest request : stored.stream().sorted(BY_QUEUE_IN_CALL_ORDER).toList()) {
            if (!request.queue().equals(queue)) {
                queue = request.queue();
                joinedBefore = 0;
            }
            Staffing staffing = staffingByQueue.computeIfAbsent(queue, readyAgents::staffingOf);
            if (request.status() != RequestStatus.QUEUED) {
                views.put(request, unqueued(request, now, staffing.ready()));
                continue;
            }
            long ahead = request.callPriority() == HelpRequest.PROMISED_TIME ? requests.countAhead(request)
                    : waitingBefore.get(queue) + joinedBefore;
            joinedBefore++;
            views.put(request, view(request,
                    WaitEstimate.of(ahead, staffing, queues.get(queue).averageHandleTime(), now)));
        }
        return views;
    }

    /** For listings that already know the position (the n-th of a queue listed in call order). */
    public HelpRequestView queued(HelpRequest request, long ahead, Staffing staffing, Duration handleTime,
            Instant now) {
        return view(request, WaitEstimate.of(ahead, staffing, handleTime, now));
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
                request.scheduledFor(),
                request.outsideBusinessHours(),
                request.outcome());
    }
}
