package org.helpdesk.agent;

import jakarta.ejb.ApplicationException;

/**
 * An agent who owes the outcome of their last call cannot be made ready: the next call would pop up over the
 * unfinished wrap-up. They record the outcome, or the wrap-up time runs out (then it is recorded as not recorded).
 */
@ApplicationException(rollback = true)
public class OutcomePendingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String login;

    public OutcomePendingException(String login, String requestId) {
        super("agent " + login + " has not recorded the outcome of the call for request " + requestId
                + ": record it first (or wait until the wrap-up time is over)");
        this.login = login;
    }

    public String login() {
        return login;
    }
}
