package org.helpdesk.queue;

import java.time.Instant;

/** What a queue holds right now: requests waiting to be called, requests scheduled for later. */
public record QueueLoad(String queue, long waiting, long scheduled, Instant oldestWaitingSince) {

    public static QueueLoad empty(String queue) {
        return new QueueLoad(queue, 0, 0, null);
    }
}
