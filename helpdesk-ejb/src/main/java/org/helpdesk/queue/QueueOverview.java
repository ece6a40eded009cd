package org.helpdesk.queue;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.helpdesk.request.HelpRequest;
import org.helpdesk.request.HelpRequestRepository;
import org.helpdesk.request.IntakeRules;
import org.helpdesk.request.PhoneNumber;
import org.helpdesk.request.RequestStatus;

/** Read-only views of the queues for operators: their load, and their requests in call order. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class QueueOverview {

    @Inject
    private QueueRepository queues;

    @Inject
    private HelpRequestRepository requests;

    @Inject
    private ReadyAgents readyAgents;

    @Inject
    private RequestViews views;

    @Inject
    private ServiceLevels serviceLevels;

    @Inject
    private Clock clock;

    public List<QueueSummary> summaries() {
        Instant now = clock.instant();
        List<QueueSummary> summaries = new ArrayList<>();
        Map<String, Map<RequestStatus, Long>> closedToday = closedToday(now);
        for (QueueLoad load : queues.loads()) {
            summaries.add(summary(load, now, closedToday));
        }
        return summaries;
    }

    /** @return the queue's settings and load; empty if there is no such queue */
    public Optional<QueueDetails> details(String queueName) {
        Instant now = clock.instant();
        return queues.loads().stream()
                .filter(load -> load.queue().name().equals(queueName))
                .findFirst()
                .map(load -> {
                    QueueSettings settings = load.queue().settings();
                    boolean open = settings.isOpen(now);
                    return new QueueDetails(queueName, settings, summary(load, now, closedToday(now)), open,
                            open ? null : settings.businessHours().nextOpening(now),
                            load.queue().measuredHandleTime().orElse(null));
                });
    }

    private QueueSummary summary(QueueLoad load, Instant now, Map<String, Map<RequestStatus, Long>> closedToday) {
        String name = load.queue().name();
        Staffing staffing = readyAgents.staffingOf(name);
        WaitEstimate next = WaitEstimate.of(load.waiting(), staffing, load.queue().averageHandleTime(), now);
        Long oldest = load.oldestWaitingSince() == null ? null
                : Math.max(0, Duration.between(load.oldestWaitingSince(), now).toSeconds());
        Map<RequestStatus, Long> closed = closedToday.getOrDefault(name, Map.of());
        return new QueueSummary(name, load.waiting(), load.scheduled(), oldest, next.waitSeconds(), staffing.ready(),
                closed.getOrDefault(RequestStatus.FAILED, 0L), closed.getOrDefault(RequestStatus.CANCELLED, 0L),
                serviceLevels.byQueue().get(name));
    }

    /** Since midnight UTC: requests that failed or were cancelled, by queue. */
    private Map<String, Map<RequestStatus, Long>> closedToday(Instant now) {
        return queues.closedSince(now.truncatedTo(ChronoUnit.DAYS),
                List.of(RequestStatus.FAILED, RequestStatus.CANCELLED));
    }

    /**
     * The number customers may call for this queue, for the help pages' {@code tel:} link; empty for a queue without
     * one, an unknown queue, or a name that cannot be a queue's (it comes from a link anyone can write).
     */
    public Optional<PhoneNumber> helpNumber(String queueName) {
        if (!IntakeRules.isQueueName(queueName)) {
            return Optional.empty();
        }
        return queues.find(queueName).flatMap(CallQueue::helpNumber).map(PhoneNumber::ofE164);
    }

    /** @return the open requests in the order they will be called; empty if there is no such queue */
    public Optional<List<HelpRequestView>> openRequests(String queueName) {
        Optional<CallQueue> queue = queues.find(queueName);
        if (queue.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Staffing staffing = readyAgents.staffingOf(queueName);
        long ahead = 0;
        List<HelpRequestView> ordered = new ArrayList<>();
        for (HelpRequest request : requests.openInCallOrder(queueName)) {
            ordered.add(request.status() == RequestStatus.QUEUED
                    ? views.queued(request, ahead++, staffing, queue.get().averageHandleTime(), now)
                    : views.of(request, now));
        }
        return Optional.of(ordered);
    }
}
