package org.helpdesk.request;

import jakarta.ejb.ApplicationException;

/** Only a waiting request can change queues: one being called or finished stays where it is. */
@ApplicationException(rollback = true)
public class RequestNotMovableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RequestNotMovableException(String reason) {
        super(reason);
    }
}
