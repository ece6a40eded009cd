package org.helpdesk.queue;

import java.time.Instant;

/** What a queue holds right now: requests waiting to be called, requests scheduled for later. */
public record QueueLoad(CallQueue queue, long waiting, long scheduled, Instant oldestWaitingSince) {

    public static QueueLoad empty(CallQueue queue) {
        return new QueueLoad(queue, 0, 0, null);
    }
}
