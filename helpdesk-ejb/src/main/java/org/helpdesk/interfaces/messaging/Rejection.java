package org.helpdesk.interfaces.messaging;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.helpdesk.interfaces.json.MalformedJsonException;
import org.helpdesk.interfaces.json.ProblemJson;
import org.helpdesk.request.InvalidHelpRequestException;
import org.helpdesk.request.Violation;

/**
 * Why a message cannot become a help request, told to the dead-letter queue (as properties) and to the sender (as
 * problem details, RFC 9457, the shape the REST API answers with).
 *
 * @param field the first offending field, or null when the message as a whole is unusable
 * @param violations every offending field; empty when the message as a whole is unusable
 */
record Rejection(Reason reason, String field, String detail, List<Violation> violations) {

    /** The reasons, with the problem type and status the REST API uses for the same failure. */
    enum Reason {
        NOT_A_TEXT_MESSAGE("unsupported-media-type", "Unsupported message type", 415),
        MALFORMED_JSON("malformed-json", "Malformed JSON", 400),
        TOO_LARGE("body-too-large", "The body is too large", 413),
        INVALID_REQUEST("invalid-request", "The help request has invalid fields", 400),
        IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "Idempotency-Key reused", 422),
        /** Too many requests for the number within the hour ({@code HELPDESK_RATE_PER_PHONE_PER_HOUR}). */
        RATE_LIMITED("rate-limited", "Too many requests", 429);

        private final String code;
        private final String title;
        private final int status;

        Reason(String code, String title, int status) {
            this.code = code;
            this.title = title;
            this.status = status;
        }

        /** The value of {@link HelpdeskJms#REJECT_REASON}. */
        String code() {
            return code;
        }
    }

    static Rejection of(Reason reason, String detail) {
        return new Rejection(reason, null, detail, List.of());
    }

    /** Malformed JSON, naming the top-level field at fault where there is one. */
    static Rejection malformed(MalformedJsonException malformed) {
        return new Rejection(Reason.MALFORMED_JSON, malformed.field(), malformed.detail(), List.of());
    }

    static Rejection of(InvalidHelpRequestException invalid) {
        List<Violation> violations = invalid.violations();
        Violation first = violations.get(0);
        return new Rejection(Reason.INVALID_REQUEST, first.field(), first.field() + " " + first.reason(),
                violations);
    }

    JsonObject problem() {
        if (reason == Reason.INVALID_REQUEST && !violations.isEmpty()) {
            return ProblemJson.invalid(violations).build();
        }
        JsonObjectBuilder problem = ProblemJson.of(reason.status, reason.code, reason.title, detail);
        if (field != null) {
            problem.add("field", field);
        }
        return problem.build();
    }

    @Override
    public String toString() {
        return reason.code + (field == null ? "" : " (" + field + ")") + ": " + detail;
    }
}
