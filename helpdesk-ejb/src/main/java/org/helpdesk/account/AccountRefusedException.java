package org.helpdesk.account;

import jakarta.ejb.ApplicationException;

/** An account cannot be opened as asked; names the field at fault. */
@ApplicationException(rollback = true)
public class AccountRefusedException extends RuntimeException {

    private final String field;

    public AccountRefusedException(String field, String reason) {
        super(field + " " + reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
