package org.helpdesk.interfaces.rest;

import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.helpdesk.interfaces.json.ProblemJson;
import org.helpdesk.request.Violation;

/** Problem-details responses ({@link ProblemJson}) with their media type. */
final class Problem {

    static final MediaType JSON = new MediaType("application", "problem+json");

    private Problem() {
    }

    static Response of(Response.Status status, String type, String title, String detail) {
        return response(status.getStatusCode(), body(status.getStatusCode(), type, title, detail));
    }

    static Response invalid(List<Violation> violations) {
        return response(400, ProblemJson.invalid(violations));
    }

    static Response invalid(String title, List<Violation> violations) {
        return response(400, ProblemJson.invalid(title, violations));
    }

    static JsonObjectBuilder body(int status, String type, String title, String detail) {
        return ProblemJson.of(status, type, title, detail);
    }

    static Response response(int status, JsonObjectBuilder body) {
        return Response.status(status).type(JSON).entity(body.build()).build();
    }
}
