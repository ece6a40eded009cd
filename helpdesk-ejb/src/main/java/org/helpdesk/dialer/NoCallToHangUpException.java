package org.helpdesk.dialer;

import jakarta.ejb.ApplicationException;

/** An agent asked to hang up, but their phone carries no call of ours that could be hung up from here. */
@ApplicationException
public class NoCallToHangUpException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why not: no call at all, or the call is carried by another server instance's telephony. */
    public enum Reason {
        NO_CALL,
        OTHER_INSTANCE
    }

    private final Reason reason;

    public NoCallToHangUpException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
