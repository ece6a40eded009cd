package org.helpdesk.queue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.helpdesk.request.RequestStatus;

public interface QueueRepository {

    Optional<CallQueue> find(String name);

    /**
     * Finds a queue and locks its row until the caller's transaction ends: whoever changes which requests wait in a
     * queue holds this lock, so its {@link CallQueue#waiting() waiting count} stays exact across server instances.
     * Lock several queues in the order of their names, and after any help-request rows, to avoid deadlocks.
     */
    Optional<CallQueue> lock(String name);

    /** Counts the requests waiting in a queue (O(queue length)). */
    long countWaiting(String name);

    /**
     * Whether a queue's kept waiting count equals the requests waiting in it, both read from one snapshot of the
     * database (one statement), so that no lock is needed to find out. True for an unknown queue.
     */
    boolean waitingCountHolds(String name);

    List<CallQueue> all();

    void store(CallQueue queue);

    /** How many requests of each queue went into each of the given (closed) statuses since then. */
    Map<String, Map<RequestStatus, Long>> closedSince(Instant since, List<RequestStatus> statuses);

    /** Open-request figures of every queue, computed by the database in one pass. */
    List<QueueLoad> loads();
}
