package org.helpdesk.intake;

import org.helpdesk.queue.HelpRequestView;

/** What became of a submission: a new request, the customer's already open one, or the answer to a retry. */
public record SubmissionOutcome(HelpRequestView request, Kind kind) {

    public enum Kind {
        CREATED,
        /** The number already has an open request in this queue; that one is returned, nothing is queued twice. */
        DUPLICATE,
        /** The same Idempotency-Key was seen before: this is the first answer again. */
        REPLAYED
    }

    public boolean duplicate() {
        return kind == Kind.DUPLICATE;
    }
}
