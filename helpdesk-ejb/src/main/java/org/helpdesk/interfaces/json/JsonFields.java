package org.helpdesk.interfaces.json;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.helpdesk.request.Violation;

/**
 * Fields a body of some shape may have. A name that is none of them is refused, not ignored: a mistyped optional
 * field ({@code preferedTime}) would otherwise be dropped without a word, and the customer called at the wrong time.
 */
public final class JsonFields {

    private JsonFields() {
    }

    /**
     * @param shape what the body is, for the reason: "a help request"
     * @return a violation for each name of the body that is not one of the known ones, in the body's order
     */
    public static List<Violation> unknown(JsonObject json, Set<String> known, String shape) {
        return json.keySet().stream()
                .filter(name -> !known.contains(name))
                .map(name -> new Violation(name, "is not a field of " + shape))
                .toList();
    }

    /** Throws the refusal of the first name that is not a known one, for channels that report one field. */
    public static void refuseUnknown(JsonObject json, Set<String> known, String shape,
            Function<Violation, ? extends RuntimeException> refusal) {
        unknown(json, known, shape).stream().findFirst().ifPresent(first -> {
            throw refusal.apply(first);
        });
    }
}
