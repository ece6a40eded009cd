package org.helpdesk.cti;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands each call's events to the application one at a time, in the order they were submitted, on the given
 * (managed) executor: never on the JTAPI implementation's own threads, which must not wait for a database, and
 * never two events of one call at once, whatever threads the implementation calls back on. Different calls run in
 * parallel.
 */
final class CallEventSequence {

    private static final Logger LOG = Logger.getLogger(CallEventSequence.class.getName());

    private final Executor executor;
    private final ConcurrentHashMap<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    CallEventSequence(Executor executor) {
        this.executor = executor;
    }

    void submit(String call, Runnable delivery) {
        tails.compute(call, (key, tail) -> {
            CompletableFuture<Void> previous = tail == null ? CompletableFuture.completedFuture(null) : tail;
            CompletableFuture<Void> next = previous.thenRunAsync(() -> deliver(call, delivery), executor);
            // forget a call once its last submitted event is delivered; a later one starts a new chain
            next.whenComplete((done, failure) -> tails.remove(key, next));
            return next;
        });
    }

    private static void deliver(String call, Runnable delivery) {
        try {
            delivery.run();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Delivering an event of call " + call + " failed", e);
        }
    }

    /** Calls with events not yet delivered (for tests and the log). */
    int pending() {
        return tails.size();
    }
}
