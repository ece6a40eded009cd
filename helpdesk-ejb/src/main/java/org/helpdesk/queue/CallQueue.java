package org.helpdesk.queue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A list of customers to call, served by the agents who work it. */
@Entity
@Table(name = "call_queue")
public class CallQueue {

    public static final Duration DEFAULT_HANDLE_TIME = Duration.ofMinutes(5);

    @Id
    private String name;

    @Column(name = "average_handle_seconds", nullable = false)
    private int averageHandleSeconds;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /**
     * How many of the queue's requests wait to be called. Changed only while the queue's row is locked (see
     * {@link QueueRepository#lock}), in the transaction that moves requests into or out of the waiting line.
     */
    @Column(nullable = false)
    private long waiting;

    protected CallQueue() {
        // for JPA
    }

    public CallQueue(String name, Duration averageHandleTime, Instant now) {
        this.name = name;
        this.averageHandleSeconds = Math.toIntExact(averageHandleTime.toSeconds());
        this.createdAt = now;
    }

    public String name() {
        return name;
    }

    /**
     * Requests join the waiting line at its end (or, with a promised time, ahead of the immediate ones).
     *
     * @return how many were waiting before them: the place in line of the first newcomer that joins at the end
     */
    public long admit(int newcomers) {
        long before = waiting;
        waiting += newcomers;
        return before;
    }

    /** A waiting request left the line: it is being called, or was cancelled. */
    public void release() {
        if (waiting == 0) {
            throw new IllegalStateException("queue " + name + " has no waiting request to release");
        }
        waiting--;
    }

    /**
     * Sets the waiting count to what the database counted under this queue's lock.
     *
     * @return whether the kept count was wrong
     */
    public boolean recount(long counted) {
        boolean wrong = counted != waiting;
        waiting = counted;
        return wrong;
    }

    public long waiting() {
        return waiting;
    }

    /** The configured handle time; measured calls replace it once the dialer records them. */
    public Duration averageHandleTime() {
        return Duration.ofSeconds(averageHandleSeconds);
    }
}
