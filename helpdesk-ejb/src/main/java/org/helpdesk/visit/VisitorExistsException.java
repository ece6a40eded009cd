package org.helpdesk.visit;

import jakarta.ejb.ApplicationException;

/**
 * Two reports of a new visitor arrived at once (two tabs opening together) and the other one stored the visitor
 * first. The loser is retried, and then finds the visitor.
 */
@ApplicationException(rollback = true)
public class VisitorExistsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public VisitorExistsException() {
        super("the visitor was stored concurrently");
    }
}
