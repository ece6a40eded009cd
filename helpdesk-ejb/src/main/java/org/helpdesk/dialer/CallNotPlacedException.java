package org.helpdesk.dialer;

/** The telephony refused a call outright, for a reason on one party's side. */
public class CallNotPlacedException extends RuntimeException {

    private final EndCause cause;

    public CallNotPlacedException(EndCause cause, String message, Throwable reason) {
        super(message, reason);
        this.cause = cause;
    }

    public EndCause endCause() {
        return cause;
    }
}
