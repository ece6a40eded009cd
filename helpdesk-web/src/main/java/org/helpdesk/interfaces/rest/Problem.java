package org.helpdesk.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.helpdesk.request.Violation;

/**
 * Problem details (RFC 9457) for every error the API answers. Invalid fields are listed in {@code invalid-params},
 * each with its {@code name} and {@code reason}; the first one is also given as {@code field}.
 */
final class Problem {

    static final MediaType JSON = new MediaType("application", "problem+json");
    private static final String TYPES = "https://helpdesk.example/problems/";

    private Problem() {
    }

    static Response of(Response.Status status, String type, String title, String detail) {
        return response(status.getStatusCode(), body(status.getStatusCode(), type, title, detail));
    }

    static Response invalid(List<Violation> violations) {
        JsonArrayBuilder params = Json.createArrayBuilder();
        for (Violation violation : violations) {
            params.add(Json.createObjectBuilder().add("name", violation.field()).add("reason", violation.reason()));
        }
        Violation first = violations.get(0);
        JsonObjectBuilder body = body(400, "invalid-request", "The help request has invalid fields",
                first.field() + " " + first.reason())
                .add("field", first.field())
                .add("invalid-params", params);
        return response(400, body);
    }

    static JsonObjectBuilder body(int status, String type, String title, String detail) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", TYPES + type)
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        return body;
    }

    static Response response(int status, JsonObjectBuilder body) {
        return Response.status(status).type(JSON).entity(body.build()).build();
    }
}
