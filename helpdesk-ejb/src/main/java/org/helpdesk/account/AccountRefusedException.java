package org.helpdesk.account;

import jakarta.ejb.ApplicationException;

/**
 * An account cannot be opened as asked because of a value sent: names the field at fault and why. A conflict with
 * what exists is a subtype ({@link LoginTakenException}), so that channels tell the two apart by type.
 */
@ApplicationException(rollback = true)
public class AccountRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;

    /** @param reason a predicate of the field, as {@link org.helpdesk.request.Violation} words it */
    public AccountRefusedException(String field, String reason) {
        super(field + " " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
