package org.helpdesk.dialer;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The log of a job that runs again and again (every second, every few seconds): a failure is logged with its stack
 * trace when the job starts failing, and once more when it works again, not at every run in between. A database
 * that is down for an hour leaves two entries, not 3,600 stack traces.
 */
final class RecurringFault {

    private final Logger log;
    private final String job;
    private final AtomicBoolean failing = new AtomicBoolean();

    RecurringFault(Logger log, String job) {
        this.log = log;
        this.job = job;
    }

    void failed(RuntimeException e) {
        if (failing.compareAndSet(false, true)) {
            log.log(Level.WARNING, job + " failed; it is tried again on schedule, and its recovery will be logged", e);
        } else {
            log.fine(() -> job + " failed again: " + e);
        }
    }

    void succeeded() {
        if (failing.compareAndSet(true, false)) {
            log.info(() -> job + " works again");
        }
    }
}
