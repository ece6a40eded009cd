package org.helpdesk.dialer;

import jakarta.ejb.ApplicationException;

/**
 * The telephony refused a call outright, for a reason on one party's side. An application exception: it reaches the
 * dialer as it is, across the telephony bean's boundary, instead of wrapped in an {@code EJBException} that would
 * hide whose side refused (the telephony runs in no transaction, so there is nothing to roll back).
 */
@ApplicationException
public class CallNotPlacedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final EndCause cause;

    public CallNotPlacedException(EndCause cause, String message, Throwable reason) {
        super(message, reason);
        this.cause = cause;
    }

    public EndCause endCause() {
        return cause;
    }
}
