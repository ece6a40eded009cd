package org.helpdesk.request;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Customer-supplied values that cannot become a help request. Names each offending field (as the channels call
 * them: {@code phone}, {@code pageUrl}, ...) so that every channel can point the customer at it.
 */
@ApplicationException(rollback = true)
public class InvalidHelpRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<Violation> violations;

    public InvalidHelpRequestException(String field, String reason) {
        this(List.of(new Violation(field, reason)));
    }

    public InvalidHelpRequestException(List<Violation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The first offending field, for channels that can report only one. */
    public String field() {
        return violations.get(0).field();
    }

    private static String describe(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid request needs at least one violation");
        }
        StringBuilder text = new StringBuilder();
        for (Violation violation : violations) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(violation.field()).append(": ").append(violation.reason());
        }
        return text.toString();
    }
}
