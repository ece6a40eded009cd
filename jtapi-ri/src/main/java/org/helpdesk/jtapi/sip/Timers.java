package org.helpdesk.jtapi.sip;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** One scheduler thread for all ring, setup and routing timers; expired timers run on the call's executor. */
final class Timers {
    /** A timer that may still be cancelled. */
    interface Handle {
        void cancel();
    }

    private final ScheduledExecutorService scheduler;

    Timers() {
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "jtapi-sip-timers");
            thread.setDaemon(true);
            return thread;
        });
        pool.setRemoveOnCancelPolicy(true);
        this.scheduler = pool;
    }

    Handle after(Duration delay, Executor target, Runnable task) {
        ScheduledFuture<?> future = scheduler.schedule(() -> target.execute(task), delay.toMillis(),
                TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }

    void shutdown() {
        scheduler.shutdownNow();
    }
}
