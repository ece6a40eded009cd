package org.helpdesk.request;

import jakarta.ejb.ApplicationException;

/** The request is not waiting in line (scheduled for later, already being called, or finished): nobody can take it. */
@ApplicationException(rollback = true)
public class RequestNotAssignableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final RequestStatus status;

    public RequestNotAssignableException(RequestStatus status) {
        super("a request that is " + status + " is not waiting to be called");
        this.status = status;
    }

    public RequestStatus status() {
        return status;
    }
}
