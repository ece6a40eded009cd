package org.helpdesk.agent;

import jakarta.ejb.ApplicationException;

/** An agent cannot be hired or changed as asked; names the field at fault. */
@ApplicationException(rollback = true)
public class AgentChangeRefusedException extends RuntimeException {

    private final String field;

    public AgentChangeRefusedException(String field, String reason) {
        super(field + " " + reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
