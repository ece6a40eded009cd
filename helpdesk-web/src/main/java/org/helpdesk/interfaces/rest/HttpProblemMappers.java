package org.helpdesk.interfaces.rest;

import jakarta.json.JsonException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import org.helpdesk.interfaces.json.JsonBodies;
import org.helpdesk.interfaces.json.JsonTooLargeException;
import org.helpdesk.interfaces.json.MalformedJsonException;

/**
 * Failures of the exchange rather than of the business: a body that is not the JSON we read, a path or method we do
 * not serve, and our own faults. Each answers problem details; none carries an exception's text or a stack trace,
 * and no failure escapes to the server's own error page (which names the server and quotes the exception).
 */
final class HttpProblemMappers {

    private HttpProblemMappers() {
    }

    /** Names the top-level field at fault where there is one (a name given twice, a too long number). */
    @Provider
    public static class MalformedJson implements ExceptionMapper<MalformedJsonException> {
        @Override
        public Response toResponse(MalformedJsonException e) {
            var body = Problem.body(400, "malformed-json", "Malformed JSON", e.detail());
            if (e.field() != null) {
                body.add("field", e.field());
            }
            return Problem.response(400, body);
        }
    }

    @Provider
    public static class TooLarge implements ExceptionMapper<JsonTooLargeException> {
        @Override
        public Response toResponse(JsonTooLargeException e) {
            return Problem.response(413, Problem.body(413, "body-too-large", "The body is too large", e.detail()
                    + "; no request of this API needs more than " + JsonBodies.MAX_LENGTH / 1024 + " KiB"));
        }
    }

    /** JSON-P's own failures, should any layer still meet one: never a 500 for what the client sent. */
    @Provider
    public static class JsonProcessing implements ExceptionMapper<JsonException> {
        @Override
        public Response toResponse(JsonException e) {
            return malformed();
        }
    }

    /** Jersey's failure to read or write an entity: the client's if it was JSON, ours otherwise. */
    @Provider
    public static class EntityProcessing implements ExceptionMapper<ProcessingException> {

        @Context
        private HttpServletRequest request;

        @Override
        public Response toResponse(ProcessingException e) {
            return hasCause(e, JsonException.class) ? malformed() : Unexpected.answer(request, e);
        }
    }

    /** Unknown paths (404), methods (405, with {@code Allow}), media types (415) and the like. */
    @Provider
    public static class HttpErrors implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            if (hasCause(e, JsonException.class)) {
                return malformed();
            }
            if (e instanceof NotSupportedException) {
                return Problem.response(415, Problem.body(415, "unsupported-media-type", "Unsupported media type",
                        "send JSON (application/json), or CSV (text/csv) to an import"));
            }
            Response original = e.getResponse();
            int status = original.getStatus();
            Response.ResponseBuilder answer = Response.fromResponse(Problem.response(status,
                    Problem.body(status, "http-" + status, original.getStatusInfo().getReasonPhrase(), null)));
            String allow = original.getHeaderString("Allow");
            return allow == null ? answer.build() : answer.header("Allow", allow).build();
        }
    }

    /** Anything else is our fault: logged here ({@link FaultLog}), answered without a word of it. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {

        private static final FaultLog FAULTS = new FaultLog(Clock.systemUTC());

        @Context
        private HttpServletRequest request;

        @Override
        public Response toResponse(Throwable e) {
            return answer(request, e);
        }

        static Response answer(HttpServletRequest request, Throwable e) {
            FAULTS.failed(request == null ? "a request" : request.getMethod() + " " + request.getRequestURI(), e);
            return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                    "the request could not be processed; it was logged");
        }
    }

    private static Response malformed() {
        return Problem.response(400, Problem.body(400, "malformed-json", "Malformed JSON",
                "the body is not well-formed JSON"));
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
