package org.helpdesk.intake;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.helpdesk.queue.HelpRequestView;
import org.helpdesk.ratelimit.ClientRateLimiter;
import org.helpdesk.request.IdempotencyKey;
import org.helpdesk.request.IntakeRules;
import org.helpdesk.request.InvalidHelpRequestException;
import org.helpdesk.request.RequestDetails;
import org.helpdesk.request.RequestId;
import org.helpdesk.request.Submission;
import org.helpdesk.request.Violation;
import org.helpdesk.visit.VisitorId;
import org.helpdesk.visit.Visits;

/**
 * The one door every intake channel (web form, REST, JMS) comes through. Runs outside any transaction: submissions
 * are committed by {@link GroupCommit} before the channel answers, and a lost race can be retried.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HelpRequestIntake {

    @EJB
    private HelpRequestService service;

    @Inject
    private ClientRateLimiter clientRateLimiter;

    @Inject
    private IntakeRules rules;

    @Inject
    private GroupCommit groupCommit;

    @Inject
    private Clock clock;

    @Inject
    private Visits visits;

    /**
     * Accepts a submission. When this returns, a new request is committed: the channel may then say "accepted".
     * Everything that needs no database (the per-client limit, the intake rules) is checked here, before the
     * submission joins a batch. A submission that names the customer's browser (a visitor id) identifies that
     * visitor with the number once the request is accepted, new or not: the customer has told us it is theirs.
     */
    public SubmissionOutcome submit(Submission submission) {
        if (submission.source().isAnonymous()) {
            clientRateLimiter.admit(submission.clientAddress());
        }
        RequestDetails details = acceptWithVisitor(submission);
        IdempotencyKey idempotency = submission.idempotencyKey() == null ? null
                : IdempotencyKey.of(submission.idempotencyKey(), details);
        SubmissionOutcome outcome = groupCommit.accept(new ValidSubmission(submission, details, idempotency));
        if (!blank(submission.visitorId())) {
            visits.helpRequested(VisitorId.of(submission.visitorId().strip()), details.phone());
        }
        return outcome;
    }

    /** The intake rules, and the visitor id's: all refusals in one answer. */
    private RequestDetails acceptWithVisitor(Submission submission) {
        List<Violation> visitor = blank(submission.visitorId())
                || VisitorId.isWellFormed(submission.visitorId().strip()) ? List.of()
                : List.of(new Violation("visitorId", VisitorId.RULE));
        try {
            RequestDetails details = rules.accept(submission, clock);
            if (!visitor.isEmpty()) {
                throw new InvalidHelpRequestException(visitor);
            }
            return details;
        } catch (InvalidHelpRequestException e) {
            if (visitor.isEmpty() || e.violations().containsAll(visitor)) {
                throw e;
            }
            List<Violation> all = new ArrayList<>(e.violations());
            all.addAll(visitor);
            throw new InvalidHelpRequestException(all);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public Optional<HelpRequestView> find(String id) {
        return RequestId.isWellFormed(id) ? service.find(RequestId.of(id)) : Optional.empty();
    }

    public Optional<HelpRequestView> cancel(String id) {
        return RequestId.isWellFormed(id) ? service.cancel(RequestId.of(id)) : Optional.empty();
    }
}
