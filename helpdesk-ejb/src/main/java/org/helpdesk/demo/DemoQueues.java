package org.helpdesk.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.helpdesk.queue.CallQueue;
import org.helpdesk.queue.QueueRepository;

/** The demo's queues, created in one transaction if they are missing. */
@Stateless
public class DemoQueues {

    @Inject
    private QueueRepository queues;

    @Inject
    private Clock clock;

    public void ensure(List<String> names) {
        names.stream().filter(name -> queues.find(name).isEmpty())
                .forEach(name -> queues.store(new CallQueue(name, CallQueue.DEFAULT_HANDLE_TIME, clock.instant())));
    }
}
