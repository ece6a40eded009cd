package org.helpdesk.intake;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.logging.Logger;
import org.helpdesk.queue.CallQueue;
import org.helpdesk.queue.HelpRequestView;
import org.helpdesk.queue.QueueRepository;
import org.helpdesk.queue.QueueSettings;
import org.helpdesk.queue.RequestViews;
import org.helpdesk.queue.RequestsLeftLine;
import org.helpdesk.queue.RequestsWaiting;
import org.helpdesk.ratelimit.RateLimits;
import org.helpdesk.request.HelpRequest;
import org.helpdesk.request.HelpRequestRepository;
import org.helpdesk.request.PhoneNumber;
import org.helpdesk.request.RequestDetails;
import org.helpdesk.request.RequestId;
import org.helpdesk.request.RequestStatus;
import org.helpdesk.request.Submission;

/**
 * The help-request use cases, one transaction each. Channels do not call this directly but {@link HelpRequestIntake},
 * which checks submissions before any transaction and gathers them into batches.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class HelpRequestService {

    private static final Logger LOG = Logger.getLogger(HelpRequestService.class.getName());

    @Inject
    private HelpRequestRepository requests;

    @Inject
    private QueueRepository queues;

    @Inject
    private RateLimits limits;

    @Inject
    private RequestViews views;

    @Inject
    private Clock clock;

    @Inject
    private Event<RequestsWaiting> waiting;

    @Inject
    private Event<RequestsLeftLine> leftLine;

    /**
     * Accepts submissions that arrived together (see {@link GroupCommit}), in one transaction and with one round
     * trip per kind of lookup, however many there are. Refusals (unknown queue, number over its limit, reused
     * idempotency key) are answers to their submission only; the others are stored. When this returns, the new
     * requests are committed: the channels may then say "accepted".
     *
     * @return each submission's result, in the order given
     */
    public List<SubmissionResult> acceptAll(List<ValidSubmission> batch) {
        // What the databases store: an instant read back then equals the one written (queue positions compare them).
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Map<String, CallQueue> queuesByName = new HashMap<>();
        batch.stream().map(candidate -> candidate.details().queue()).sorted().distinct()
                .forEach(name -> queues.lock(name).ifPresent(queue -> queuesByName.put(name, queue)));
        Map<String, QueueSettings> settings = new HashMap<>();
        queuesByName.forEach((name, queue) -> settings.put(name, queue.settings()));
        AcceptanceBatch decisions = decisionsFor(batch, now, settings);
        List<AcceptanceBatch.Decision> decided = batch.stream().map(decisions::decide).toList();
        List<HelpRequest> created = decided.stream()
                .filter(AcceptanceBatch.Decision::created).map(AcceptanceBatch.Decision::request).toList();
        requests.storeAll(created);
        Map<String, Long> waitingBefore = new HashMap<>();
        created.stream().filter(request -> request.status() == RequestStatus.QUEUED)
                .collect(Collectors.groupingBy(HelpRequest::queue, Collectors.counting()))
                .forEach((name, joining) -> waitingBefore.put(name,
                        queuesByName.get(name).admit(Math.toIntExact(joining))));
        if (!waitingBefore.isEmpty()) {
            waiting.fire(new RequestsWaiting(Set.copyOf(waitingBefore.keySet())));
        }
        Map<HelpRequest, HelpRequestView> newViews = views.ofStoredTogether(created, now, queuesByName,
                waitingBefore);
        List<SubmissionResult> results = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            AcceptanceBatch.Decision decision = decided.get(i);
            if (decision.refusal() != null) {
                results.add(SubmissionResult.refused(decision.refusal()));
                continue;
            }
            if (decision.created()) {
                logAccepted(decision.request(), batch.get(i).submission());
            }
            // a duplicate within the batch is answered with the request its predecessor just created
            HelpRequestView view = newViews.get(decision.request());
            results.add(SubmissionResult.of(new SubmissionOutcome(
                    view != null ? view : views.of(decision.request(), now), decision.kind())));
        }
        return results;
    }

    private static void logAccepted(HelpRequest request, Submission submission) {
        LOG.info(() -> "Accepted " + request + " via " + submission.source() + " due " + request.dueAt()
                + (submission.clientAddress() == null ? "" : " from " + submission.clientAddress()));
    }

    /** Looks up what the batch's decisions depend on: one query for each kind of fact, for all members at once. */
    private AcceptanceBatch decisionsFor(List<ValidSubmission> batch, Instant now,
            Map<String, QueueSettings> queueSettings) {
        Set<String> openKeys = new HashSet<>();
        Set<String> idempotencyKeys = new HashSet<>();
        Set<PhoneNumber> limitedPhones = new HashSet<>();
        for (ValidSubmission candidate : batch) {
            RequestDetails details = candidate.details();
            openKeys.add(HelpRequest.openKey(details.queue(), details.phone()));
            if (candidate.idempotency() != null) {
                idempotencyKeys.add(candidate.idempotency().key());
            }
            if (candidate.submission().source().isLimitedPerNumber()) {
                limitedPhones.add(details.phone());
            }
        }
        return new AcceptanceBatch(now, limits.perPhonePerHour(), queueSettings, requests.findOpen(openKeys),
                requests.findByIdempotencyKeys(idempotencyKeys),
                requests.countSubmittedSince(limitedPhones, now.minus(AcceptanceBatch.PHONE_WINDOW)));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<HelpRequestView> find(RequestId id) {
        return requests.find(id).map(request -> views.of(request, clock.instant()));
    }

    /** @return the cancelled request, empty if there is no such request */
    public Optional<HelpRequestView> cancel(RequestId id) {
        Instant now = clock.instant();
        return requests.find(id).map(request -> {
            boolean wasWaiting = request.status() == RequestStatus.QUEUED;
            request.cancel(now);
            if (wasWaiting) {
                // the request's row first (flush), then its queue's: the lock order every writer keeps
                requests.flush();
                queues.lock(request.queue()).orElseThrow().release();
            }
            leftLine.fire(new RequestsLeftLine(Set.of(request.queue())));
            LOG.info(() -> "Cancelled " + request);
            return views.of(request, now);
        });
    }

    /**
     * Moves scheduled requests whose time has come into their queues, ahead of the immediate ones. Safe to run on
     * every instance at once: the rows are locked, and a request that already moved is not found again.
     *
     * @return how many requests came due
     */
    public int activateDueCallbacks() {
        Instant now = clock.instant();
        List<HelpRequest> due = requests.lockDueScheduled(now);
        Map<String, Integer> joining = new TreeMap<>();
        for (HelpRequest request : due) {
            if (request.comeDue(now)) {
                joining.merge(request.queue(), 1, Integer::sum);
                LOG.info(() -> "Call-back time reached: " + request + " (due " + request.dueAt() + ")");
            }
        }
        // after the requests' rows, the queues' rows, in name order
        joining.forEach((name, count) -> queues.lock(name).orElseThrow().admit(count));
        if (!joining.isEmpty()) {
            waiting.fire(new RequestsWaiting(Set.copyOf(joining.keySet())));
        }
        return due.size();
    }
}
