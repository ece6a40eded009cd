package org.helpdesk.queue;

import jakarta.ejb.ApplicationException;

/** A queue was to be created under a name that another queue already has. */
@ApplicationException(rollback = true)
public class QueueAlreadyExistsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public QueueAlreadyExistsException(String name) {
        super("there is already a queue named " + name);
    }
}
