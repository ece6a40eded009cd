package org.helpdesk.queue;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Checks a queue's kept waiting count against the requests that really wait in it, and corrects it. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class QueueCounts {

    private static final Logger LOG = Logger.getLogger(QueueCounts.class.getName());

    @Inject
    private QueueRepository queues;

    /**
     * Compares without a lock first (one statement reads both figures from one snapshot), so that intake does not
     * wait while a long queue is counted. Only a wrong count is counted again under the queue's lock, which every
     * writer that moves requests into or out of the line holds: that count sees all of their committed work and
     * none of their unfinished work.
     *
     * @return whether the kept count was wrong
     */
    public boolean recount(String name) {
        if (queues.waitingCountHolds(name)) {
            return false;
        }
        return queues.lock(name).map(queue -> {
            long counted = queues.countWaiting(name);
            long kept = queue.waiting();
            if (!queue.recount(counted)) {
                return false;
            }
            LOG.warning(() -> "Queue " + name + " kept " + kept + " waiting requests but " + counted
                    + " wait; corrected (new requests were told a wrong place in line)");
            return true;
        }).orElse(false);
    }
}
