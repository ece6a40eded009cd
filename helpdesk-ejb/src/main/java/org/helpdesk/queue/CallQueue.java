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

    /** The configured handle time; measured calls replace it once the dialer records them. */
    public Duration averageHandleTime() {
        return Duration.ofSeconds(averageHandleSeconds);
    }
}
