package org.helpdesk.queue;

import jakarta.ejb.ApplicationException;

@ApplicationException(rollback = true)
public class UnknownQueueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownQueueException(String queue) {
        super("there is no queue named " + queue);
    }
}
