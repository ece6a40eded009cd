package org.helpdesk.intake;

import jakarta.ejb.ApplicationException;

/** An idempotency key came back with a different request: a client bug, never something to answer with a replay. */
@ApplicationException(rollback = true)
public class IdempotencyKeyReusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IdempotencyKeyReusedException() {
        super("this Idempotency-Key was already used for a different request");
    }
}
