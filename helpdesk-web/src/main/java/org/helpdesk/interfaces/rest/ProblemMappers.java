package org.helpdesk.interfaces.rest;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.helpdesk.account.AccountRefusedException;
import org.helpdesk.account.LoginTakenException;
import org.helpdesk.agent.AgentChangeRefusedException;
import org.helpdesk.agent.AssignmentRefusedException;
import org.helpdesk.agent.OutcomePendingException;
import org.helpdesk.customer.PhoneNumberTakenException;
import org.helpdesk.dialer.NoCallToHangUpException;
import org.helpdesk.intake.IdempotencyKeyReusedException;
import org.helpdesk.interfaces.csv.ImportTooLargeException;
import org.helpdesk.interfaces.csv.MalformedCsvException;
import org.helpdesk.interfaces.json.ProblemJson;
import org.helpdesk.ratelimit.RateLimitExceededException;
import org.helpdesk.queue.NoSuchQueueException;
import org.helpdesk.queue.QueueAlreadyExistsException;
import org.helpdesk.request.InvalidFieldsException;
import org.helpdesk.request.RequestNotCancellableException;
import org.helpdesk.request.RequestNotMovableException;
import org.helpdesk.request.Violation;

/**
 * Every refusal of the business leaves the API as problem details: clear for the client, and never a stack trace.
 * The mappers are small and one per failure type, so the most specific one wins; a status is decided by a type,
 * never by a message's words. Failures of the exchange itself (malformed bodies, unknown paths, our own faults) are
 * in {@link HttpProblemMappers}.
 */
final class ProblemMappers {

    private ProblemMappers() {
    }

    @Provider
    public static class InvalidFields implements ExceptionMapper<InvalidFieldsException> {
        @Override
        public Response toResponse(InvalidFieldsException e) {
            return Problem.invalid(e.title(), e.violations());
        }
    }

    /** Named like an invalid field, so that a form can show it next to the numbers. */
    @Provider
    public static class PhoneTaken implements ExceptionMapper<PhoneNumberTakenException> {
        @Override
        public Response toResponse(PhoneNumberTakenException e) {
            return Problem.response(409, ProblemJson.fields(409, "phone-number-taken",
                    "A phone number belongs to another customer", List.of(new Violation("phones", e.getMessage()))));
        }
    }

    @Provider
    public static class MalformedCsv implements ExceptionMapper<MalformedCsvException> {
        @Override
        public Response toResponse(MalformedCsvException e) {
            return Problem.response(400, Problem.body(400, "malformed-csv", "Malformed CSV", e.getMessage())
                    .add("line", e.line()));
        }
    }

    @Provider
    public static class QueueExists implements ExceptionMapper<QueueAlreadyExistsException> {
        @Override
        public Response toResponse(QueueAlreadyExistsException e) {
            return Problem.of(Response.Status.CONFLICT, "queue-exists", "The queue already exists",
                    e.getMessage() + "; change its settings with PUT");
        }
    }

    @Provider
    public static class ImportTooLarge implements ExceptionMapper<ImportTooLargeException> {
        @Override
        public Response toResponse(ImportTooLargeException e) {
            return Problem.response(413, Problem.body(413, "import-too-large", "The file is too large",
                    e.getMessage()));
        }
    }

    @Provider
    public static class NoSuchQueue implements ExceptionMapper<NoSuchQueueException> {
        @Override
        public Response toResponse(NoSuchQueueException e) {
            return Problem.of(Response.Status.NOT_FOUND, "not-found", "No such queue",
                    e.getMessage() + "; create it with POST");
        }
    }

    @Provider
    public static class RateLimited implements ExceptionMapper<RateLimitExceededException> {
        @Override
        public Response toResponse(RateLimitExceededException e) {
            return Response.fromResponse(
                            Problem.of(Response.Status.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
                                    e.getMessage()))
                    .header("Retry-After", e.retryAfterSeconds())
                    .build();
        }
    }

    @Provider
    public static class KeyReused implements ExceptionMapper<IdempotencyKeyReusedException> {
        @Override
        public Response toResponse(IdempotencyKeyReusedException e) {
            return Problem.response(422, Problem.body(422, "idempotency-key-reused",
                    "Idempotency-Key reused", e.getMessage()));
        }
    }

    @Provider
    public static class NotCancellable implements ExceptionMapper<RequestNotCancellableException> {
        @Override
        public Response toResponse(RequestNotCancellableException e) {
            return Problem.of(Response.Status.CONFLICT, "not-cancellable", "The request can no longer be cancelled",
                    e.getMessage());
        }
    }

    /** No credentials for an operator endpoint: say how to authenticate. */
    @Provider
    public static class Unauthenticated implements ExceptionMapper<NotAuthorizedException> {
        @Override
        public Response toResponse(NotAuthorizedException e) {
            return Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED, "unauthenticated",
                            "Login required", "send HTTP Basic credentials of a Helpdesk account"))
                    .header("WWW-Authenticate", "Basic realm=\"Helpdesk\", charset=\"UTF-8\"")
                    .build();
        }
    }

    @Provider
    public static class Forbidden implements ExceptionMapper<ForbiddenException> {
        @Override
        public Response toResponse(ForbiddenException e) {
            return Problem.of(Response.Status.FORBIDDEN, "forbidden", "Not allowed",
                    "your account's role may not do this");
        }
    }

    @Provider
    public static class AgentRefused implements ExceptionMapper<AgentChangeRefusedException> {
        @Override
        public Response toResponse(AgentChangeRefusedException e) {
            return invalid(e.field(), e.reason());
        }
    }

    /** An unknown agent or request is 404, one that cannot take part now (not ready, not waiting) 409. */
    @Provider
    public static class AssignmentRefused implements ExceptionMapper<AssignmentRefusedException> {
        @Override
        public Response toResponse(AssignmentRefusedException e) {
            return switch (e.kind()) {
                case INVALID -> invalid(e.field(), e.reason());
                case UNKNOWN -> Problem.response(404, Problem.body(404, "not-found", "Not found", e.getMessage())
                        .add("field", e.field()));
                case CONFLICT -> Problem.response(409, Problem.body(409, "conflict",
                        "Not possible now", e.getMessage()).add("field", e.field()));
            };
        }
    }

    /** The agent owes an outcome: a conflict with the state they are in, not a bad value. */
    @Provider
    public static class OutcomePending implements ExceptionMapper<OutcomePendingException> {
        @Override
        public Response toResponse(OutcomePendingException e) {
            return Problem.response(409, Problem.body(409, "outcome-pending",
                    "Record the outcome of the last call first", e.getMessage()).add("field", "state"));
        }
    }

    @Provider
    public static class NoCallToHangUp implements ExceptionMapper<NoCallToHangUpException> {
        @Override
        public Response toResponse(NoCallToHangUpException e) {
            return Problem.response(409, Problem.body(409, switch (e.reason()) {
                case NO_CALL -> "no-call";
                case OTHER_INSTANCE -> "call-on-other-instance";
            }, "No call to hang up here", e.getMessage()));
        }
    }

    @Provider
    public static class AccountRefused implements ExceptionMapper<AccountRefusedException> {
        @Override
        public Response toResponse(AccountRefusedException e) {
            return invalid(e.field(), e.reason());
        }
    }

    /** A conflict with an account that exists; more specific than {@link AccountRefused}, so it wins. */
    @Provider
    public static class LoginTaken implements ExceptionMapper<LoginTakenException> {
        @Override
        public Response toResponse(LoginTakenException e) {
            return Problem.response(409, Problem.body(409, "conflict", "Conflict", e.getMessage())
                    .add("field", e.field()));
        }
    }

    @Provider
    public static class NotMovable implements ExceptionMapper<RequestNotMovableException> {
        @Override
        public Response toResponse(RequestNotMovableException e) {
            return Problem.of(Response.Status.CONFLICT, "not-movable", "The request cannot be moved",
                    e.getMessage());
        }
    }

    private static Response invalid(String field, String reason) {
        return Problem.invalid("The request has invalid fields", List.of(new Violation(field, reason)));
    }
}
