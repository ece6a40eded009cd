package org.helpdesk.queue;

import java.util.List;
import java.util.Optional;

public interface QueueRepository {

    Optional<CallQueue> find(String name);

    List<CallQueue> all();

    void store(CallQueue queue);

    /** Open-request figures of every queue, computed by the database in one pass. */
    List<QueueLoad> loads();
}
