package org.helpdesk.request;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Values someone sent that cannot be used, naming each offending field as the channel calls it, so that every
 * channel can point the sender at it. Each kind of input (a help request, a customer record, queue settings) has its
 * own subclass, worded for whoever sends it.
 */
@ApplicationException(rollback = true)
public abstract class InvalidFieldsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<Violation> violations;

    protected InvalidFieldsException(List<Violation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    /** What was invalid, as the title of a problem report: "The help request has invalid fields". */
    public abstract String title();

    public List<Violation> violations() {
        return violations;
    }

    /** The first offending field, for channels that can report only one. */
    public String field() {
        return violations.get(0).field();
    }

    private static String describe(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("invalid fields need at least one violation");
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
