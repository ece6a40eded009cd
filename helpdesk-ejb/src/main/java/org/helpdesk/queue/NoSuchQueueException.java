package org.helpdesk.queue;

import jakarta.ejb.ApplicationException;

/** A queue was to be changed that does not exist (settings never create a queue by accident: see POST). */
@ApplicationException(rollback = true)
public class NoSuchQueueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NoSuchQueueException(String name) {
        super("there is no queue named " + name);
    }
}
