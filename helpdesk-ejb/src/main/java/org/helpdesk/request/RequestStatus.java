package org.helpdesk.request;

/** Where a help request is in its life. Only open requests hold a place in a queue. */
public enum RequestStatus {
    /** Waiting in its queue to be called, in queue order. */
    QUEUED(true),
    /** Waiting for the customer's preferred call-back time; becomes {@link #QUEUED} when due. */
    SCHEDULED(true),
    DIALING(true),
    CONNECTED(true),
    COMPLETED(false),
    FAILED(false),
    CANCELLED(false),
    EXPIRED(false);

    private final boolean open;

    RequestStatus(boolean open) {
        this.open = open;
    }

    public boolean isOpen() {
        return open;
    }
}
