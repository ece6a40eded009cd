package org.helpdesk.agent;

import jakarta.ejb.ApplicationException;

/** A request cannot be given to an agent; names the field at fault and why. */
@ApplicationException(rollback = true)
public class AssignmentRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why: the field is missing or malformed, names nothing we know, or what it names cannot take part now. */
    public enum Kind { INVALID, UNKNOWN, CONFLICT }

    private final String field;
    private final String reason;
    private final Kind kind;

    public AssignmentRefusedException(String field, Kind kind, String reason) {
        super(field + " " + reason);
        this.field = field;
        this.reason = reason;
        this.kind = kind;
    }

    public String field() {
        return field;
    }

    /** Why, as a predicate of the field ("is required"), without the field's name. */
    public String reason() {
        return reason;
    }

    public Kind kind() {
        return kind;
    }
}
