package org.helpdesk.queue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A list of customers to call, served by the agents who work it, with the {@link QueueSettings settings} operators
 * give it: how it is dialled, its targets, and when it is open.
 */
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

    @Enumerated(EnumType.STRING)
    @Column(name = "dial_mode", nullable = false)
    private DialMode dialMode;

    @Column(name = "max_attempts", nullable = false)
    private int maxAttempts;

    @Column(name = "retry_delay_seconds", nullable = false)
    private int retryDelaySeconds;

    @Column(name = "service_level_seconds", nullable = false)
    private int serviceLevelSeconds;

    /** The canonical text form of {@link BusinessHours}, read in {@link #timeZone}; null: always open. */
    @Column(name = "business_hours")
    private String businessHours;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(name = "wrap_up_seconds", nullable = false)
    private int wrapUpSeconds;

    /** Talk plus wrap-up time of the queue's recent dialled calls; null until there are any. */
    @Column(name = "measured_handle_seconds")
    private Integer measuredHandleSeconds;

    /** E.164; null when customers cannot call the queue. */
    @Column(name = "help_number")
    private String helpNumber;

    /** {@link #businessHours} read once per loaded entity: intake asks on every batch. */
    @Transient
    private QueueSettings settings;

    protected CallQueue() {
        // for JPA
    }

    /** A queue with the default settings and this handle time (queues named in configuration). */
    public CallQueue(String name, Duration averageHandleTime, Instant now) {
        this(name, withHandleTime(QueueSettings.DEFAULTS, averageHandleTime), now);
    }

    public CallQueue(String name, QueueSettings settings, Instant now) {
        this.name = name;
        this.createdAt = now;
        configure(settings);
    }

    private static QueueSettings withHandleTime(QueueSettings settings, Duration averageHandleTime) {
        return new QueueSettings(settings.dialMode(), settings.maxAttempts(), settings.retryDelay(),
                averageHandleTime, settings.serviceLevelTarget(), settings.businessHours(), settings.timeZone(),
                settings.wrapUpTime(), settings.helpNumber());
    }

    /**
     * Replaces the queue's settings. They take effect with the next decision that reads them: requests already
     * accepted keep the time they were given. Leaves the waiting count alone.
     */
    public void configure(QueueSettings newSettings) {
        this.dialMode = newSettings.dialMode();
        this.maxAttempts = newSettings.maxAttempts();
        this.retryDelaySeconds = Math.toIntExact(newSettings.retryDelay().toSeconds());
        this.averageHandleSeconds = Math.toIntExact(newSettings.averageHandleTime().toSeconds());
        this.serviceLevelSeconds = Math.toIntExact(newSettings.serviceLevelTarget().toSeconds());
        this.businessHours = newSettings.businessHours() == null ? null : newSettings.businessHours().toString();
        this.timeZone = newSettings.timeZone().getId();
        this.wrapUpSeconds = Math.toIntExact(newSettings.wrapUpTime().toSeconds());
        this.helpNumber = newSettings.helpNumber();
        this.settings = newSettings;
    }

    /** The queue's settings as stored (the stored hours are canonical text, written by {@link #configure}). */
    public QueueSettings settings() {
        if (settings == null) {
            ZoneId zone = ZoneId.of(timeZone);
            settings = new QueueSettings(dialMode, maxAttempts, Duration.ofSeconds(retryDelaySeconds),
                    Duration.ofSeconds(averageHandleSeconds), Duration.ofSeconds(serviceLevelSeconds),
                    businessHours == null ? null : BusinessHours.parse(businessHours, zone), zone,
                    Duration.ofSeconds(wrapUpSeconds), helpNumber);
        }
        return settings;
    }

    public DialMode dialMode() {
        return dialMode;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public Duration retryDelay() {
        return Duration.ofSeconds(retryDelaySeconds);
    }

    /** The answer time operators aim for; what the agent desktop's service level is measured against. */
    public Duration serviceLevelTarget() {
        return Duration.ofSeconds(serviceLevelSeconds);
    }

    /** When the queue is open; empty when it is always open. */
    public Optional<BusinessHours> businessHours() {
        return Optional.ofNullable(settings().businessHours());
    }

    /** How long an agent stays in wrap-up after a call of this queue before the dialer makes them ready. */
    public Duration wrapUpTime() {
        return Duration.ofSeconds(wrapUpSeconds);
    }

    /** The number customers call for this queue (E.164), if it has one. */
    public Optional<String> helpNumber() {
        return Optional.ofNullable(helpNumber);
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
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

    /** The handle time wait estimates use: measured on recent calls once there are any, else the configured one. */
    public Duration averageHandleTime() {
        return Duration.ofSeconds(measuredHandleSeconds == null ? averageHandleSeconds : measuredHandleSeconds);
    }

    /** What recent calls took on average, talk and wrap-up; empty before the first measured call. */
    public Optional<Duration> measuredHandleTime() {
        return Optional.ofNullable(measuredHandleSeconds).map(Duration::ofSeconds);
    }

    /** Replaces the configured handle time in estimates from now on. */
    public void measuredHandleTime(Duration measured) {
        this.measuredHandleSeconds = Math.toIntExact(Math.max(1, Math.min(measured.toSeconds(),
                QueueSettings.MAX_HANDLE_TIME.toSeconds())));
    }
}
