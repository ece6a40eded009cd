package org.helpdesk.ratelimit;

import jakarta.ejb.ApplicationException;

/** Too many submissions from one client or for one number: the caller should try again later, if at all. */
@ApplicationException(rollback = true)
public class RateLimitExceededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public RateLimitExceededException(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
