package org.helpdesk.intake;

/** The answer to one submission of a batch: its outcome, or the refusal the channel passes on to the submitter. */
public record SubmissionResult(SubmissionOutcome outcome, RuntimeException refusal) {

    static SubmissionResult of(SubmissionOutcome outcome) {
        return new SubmissionResult(outcome, null);
    }

    static SubmissionResult refused(RuntimeException refusal) {
        return new SubmissionResult(null, refusal);
    }

    SubmissionOutcome outcomeOrThrow() {
        if (refusal != null) {
            throw refusal;
        }
        return outcome;
    }
}
