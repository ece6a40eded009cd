package org.helpdesk.interfaces.json;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.helpdesk.request.Violation;

/**
 * Problem details (RFC 9457), the one shape in which every channel reports a failure: REST answers with it, JMS
 * replies with it. Invalid fields are listed in {@code invalid-params} ({@code name}, {@code reason}); the first is
 * also given as {@code field}.
 */
public final class ProblemJson {

    private static final String TYPES = "https://helpdesk.example/problems/";

    private ProblemJson() {
    }

    /** @param type the last segment of the problem type URI, e.g. {@code malformed-json} */
    public static JsonObjectBuilder of(int status, String type, String title, String detail) {
        JsonObjectBuilder body = JsonFactories.object()
                .add("type", TYPES + type)
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        return body;
    }

    public static JsonObjectBuilder invalid(List<Violation> violations) {
        return invalid("The help request has invalid fields", violations);
    }

    /** @param title what was invalid, e.g. "The queue settings have invalid fields" */
    public static JsonObjectBuilder invalid(String title, List<Violation> violations) {
        Violation first = violations.get(0);
        return of(400, "invalid-request", title, first.field() + " " + first.reason())
                .add("field", first.field())
                .add("invalid-params", params(violations));
    }

    private static JsonArrayBuilder params(List<Violation> violations) {
        JsonArrayBuilder params = JsonFactories.array();
        for (Violation violation : violations) {
            params.add(JsonFactories.object().add("name", violation.field()).add("reason", violation.reason()));
        }
        return params;
    }
}
