package org.helpdesk.intake;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.helpdesk.queue.CallQueue;
import org.helpdesk.queue.QueueRepository;
import org.helpdesk.request.HelpRequest;
import org.helpdesk.request.HelpRequestRepository;
import org.helpdesk.request.IdempotencyKey;
import org.helpdesk.request.IntakeRules;
import org.helpdesk.request.InvalidHelpRequestException;
import org.helpdesk.request.RequestDetails;
import org.helpdesk.request.RequestId;
import org.helpdesk.request.Submission;

/**
 * The help-request use cases, one transaction each. Channels do not call this directly but {@link HelpRequestIntake},
 * which adds the checks that must happen outside a transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class HelpRequestService {

    private static final Logger LOG = Logger.getLogger(HelpRequestService.class.getName());
    private static final Duration PHONE_WINDOW = Duration.ofHours(1);

    @Inject
    private HelpRequestRepository requests;

    @Inject
    private QueueRepository queues;

    @Inject
    private IntakeRules rules;

    @Inject
    private RateLimits limits;

    @Inject
    private RequestViews views;

    @Inject
    private Clock clock;

    /**
     * Accepts a submission. When this returns, a new request is committed: the channel may then say "accepted".
     */
    public SubmissionOutcome submit(Submission submission) {
        // What the databases store: an instant read back then equals the one written (queue positions compare them).
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        RequestDetails details = rules.accept(submission, clock);
        CallQueue queue = queues.find(details.queue()).orElseThrow(() ->
                new InvalidHelpRequestException("queue", "there is no queue named " + details.queue()));
        IdempotencyKey idempotency = submission.idempotencyKey() == null ? null
                : IdempotencyKey.of(submission.idempotencyKey(), details);
        if (idempotency != null) {
            Optional<HelpRequest> earlier = requests.findByIdempotencyKey(idempotency.key());
            if (earlier.isPresent()) {
                if (!earlier.get().answersIdempotencyKey(idempotency)) {
                    throw new IdempotencyKeyReusedException();
                }
                return new SubmissionOutcome(views.of(earlier.get(), now), SubmissionOutcome.Kind.REPLAYED);
            }
        }
        Optional<HelpRequest> open = requests.findOpen(details.queue(), details.phone());
        if (open.isPresent()) {
            LOG.info(() -> "Duplicate submission for " + open.get() + " via " + submission.source());
            return new SubmissionOutcome(views.of(open.get(), now), SubmissionOutcome.Kind.DUPLICATE);
        }
        if (submission.source().isAnonymous()) {
            refuseIfNumberFlooded(details, now);
        }
        HelpRequest request = HelpRequest.accept(details, submission.source(), now, idempotency,
                submission.clientAddress());
        requests.store(request);
        LOG.info(() -> "Accepted " + request + " via " + submission.source() + " due " + request.dueAt()
                + (submission.clientAddress() == null ? "" : " from " + submission.clientAddress()));
        return new SubmissionOutcome(views.of(request, now, queue.averageHandleTime()), SubmissionOutcome.Kind.CREATED);
    }

    private void refuseIfNumberFlooded(RequestDetails details, Instant now) {
        long recent = requests.countSubmittedSince(details.phone(), now.minus(PHONE_WINDOW));
        if (recent >= limits.perPhonePerHour()) {
            LOG.warning(() -> "Rate limit: " + recent + " requests for " + details.phone().masked()
                    + " in the last hour (limit " + limits.perPhonePerHour() + ")");
            throw new RateLimitExceededException("too many help requests for this phone number; try again later",
                    PHONE_WINDOW.toSeconds());
        }
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<HelpRequestView> find(RequestId id) {
        return requests.find(id).map(request -> views.of(request, clock.instant()));
    }

    /** @return the cancelled request, empty if there is no such request */
    public Optional<HelpRequestView> cancel(RequestId id) {
        Instant now = clock.instant();
        return requests.find(id).map(request -> {
            request.cancel(now);
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
        for (HelpRequest request : due) {
            if (request.comeDue(now)) {
                LOG.info(() -> "Call-back time reached: " + request + " (promised " + request.preferredTime() + ")");
            }
        }
        return due.size();
    }
}
