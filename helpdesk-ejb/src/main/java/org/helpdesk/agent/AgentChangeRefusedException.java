package org.helpdesk.agent;

import jakarta.ejb.ApplicationException;

/** An agent cannot be hired or changed as asked; names the field at fault. */
@ApplicationException(rollback = true)
public class AgentChangeRefusedException extends RuntimeException {

    private final String field;
    private final String reason;

    public AgentChangeRefusedException(String field, String reason) {
        super(field + " " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    /** Why, as a predicate of the field ("is required"), without the field's name. */
    public String reason() {
        return reason;
    }
}
