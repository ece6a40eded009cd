package org.helpdesk.account;

import jakarta.ejb.ApplicationException;

/** The login belongs to an account (or agent) already: a conflict with what exists, not a bad value. */
@ApplicationException(rollback = true)
public class LoginTakenException extends AccountRefusedException {

    private static final long serialVersionUID = 1L;

    public LoginTakenException() {
        super("login", "is taken");
    }
}
