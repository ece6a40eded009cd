package org.helpdesk.intake;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;
import org.helpdesk.request.RequestId;
import org.helpdesk.request.Submission;

/**
 * The one door every intake channel (web form, REST, JMS) comes through. Runs outside any transaction so that each
 * submission commits on its own before the channel answers, and so that a lost race can be retried.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HelpRequestIntake {

    private static final Logger LOG = Logger.getLogger(HelpRequestIntake.class.getName());
    /** SQLSTATE of a unique-constraint violation, on H2 and PostgreSQL alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    @EJB
    private HelpRequestService service;

    @Inject
    private ClientRateLimiter clientRateLimiter;

    public SubmissionOutcome submit(Submission submission) {
        if (submission.source().isAnonymous()) {
            clientRateLimiter.admit(submission.clientAddress());
        }
        try {
            return service.submit(submission);
        } catch (EJBException e) {
            if (!causedByConstraint(e)) {
                throw e;
            }
            // Two submissions for the same number (or with the same Idempotency-Key) raced and the other one won:
            // running again finds the winner and answers with it.
            LOG.info(() -> "Concurrent submission for the same request; answering with the one that won");
            return service.submit(submission);
        }
    }

    public Optional<HelpRequestView> find(String id) {
        return RequestId.isWellFormed(id) ? service.find(RequestId.of(id)) : Optional.empty();
    }

    public Optional<HelpRequestView> cancel(String id) {
        return RequestId.isWellFormed(id) ? service.cancel(RequestId.of(id)) : Optional.empty();
    }

    private static boolean causedByConstraint(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
