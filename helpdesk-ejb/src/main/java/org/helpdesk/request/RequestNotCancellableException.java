package org.helpdesk.request;

import jakarta.ejb.ApplicationException;

/** The request is already being called or is finished: there is nothing left to cancel. */
@ApplicationException(rollback = true)
public class RequestNotCancellableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final RequestStatus status;

    public RequestNotCancellableException(RequestStatus status) {
        super("a request that is " + status + " can no longer be cancelled");
        this.status = status;
    }

    public RequestStatus status() {
        return status;
    }
}
