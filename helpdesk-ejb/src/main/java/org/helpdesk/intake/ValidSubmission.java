package org.helpdesk.intake;

import org.helpdesk.request.IdempotencyKey;
import org.helpdesk.request.RequestDetails;
import org.helpdesk.request.Submission;

/**
 * A submission whose details passed the intake rules, on its way into the database.
 *
 * @param idempotency the client's retry key with the fingerprint of these details, or null
 */
public record ValidSubmission(Submission submission, RequestDetails details, IdempotencyKey idempotency) {
}
