package org.helpdesk.intake;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.helpdesk.request.IdempotencyKey;
import org.helpdesk.request.IntakeRules;
import org.helpdesk.request.RequestDetails;
import org.helpdesk.request.RequestId;
import org.helpdesk.request.Submission;

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

    /**
     * Accepts a submission. When this returns, a new request is committed: the channel may then say "accepted".
     * Everything that needs no database (the per-client limit, the intake rules) is checked here, before the
     * submission joins a batch.
     */
    public SubmissionOutcome submit(Submission submission) {
        if (submission.source().isAnonymous()) {
            clientRateLimiter.admit(submission.clientAddress());
        }
        RequestDetails details = rules.accept(submission, clock);
        IdempotencyKey idempotency = submission.idempotencyKey() == null ? null
                : IdempotencyKey.of(submission.idempotencyKey(), details);
        return groupCommit.accept(new ValidSubmission(submission, details, idempotency));
    }

    public Optional<HelpRequestView> find(String id) {
        return RequestId.isWellFormed(id) ? service.find(RequestId.of(id)) : Optional.empty();
    }

    public Optional<HelpRequestView> cancel(String id) {
        return RequestId.isWellFormed(id) ? service.cancel(RequestId.of(id)) : Optional.empty();
    }
}
