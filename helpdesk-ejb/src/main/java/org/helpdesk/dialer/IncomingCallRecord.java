package org.helpdesk.dialer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One call to a help number and what became of it, written as the call is decided, in the same transaction: every
 * call is on record, also those that reached nobody. A routed call is also a {@link CallAttempt}, which follows it
 * to its end.
 */
@Entity
@Table(name = "incoming_call")
public class IncomingCallRecord {

    /** The longest caller ID kept: a stranger may send anything. */
    static final int CALLER_ID_LENGTH = 64;

    /** What became of the call. */
    public enum Disposition {
        /** Given to a ready agent of the help number's queue (its call attempt says how it went). */
        ROUTED,
        /** No agent of the queue was ready: the caller went to the overflow destination, or heard busy. */
        NO_AGENT,
        /** The caller's request of this queue was being called at that moment: overflow or busy. */
        CALLER_ON_A_CALL,
        /** The caller ID was withheld, not a number, or of a country we do not call back: overflow or busy. */
        CALLER_ID_UNUSABLE,
        /** No queue has this help number: overflow or busy. */
        NO_QUEUE
    }

    @Id
    @SequenceGenerator(name = "incoming_call_seq", sequenceName = "incoming_call_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "incoming_call_seq")
    private Long id;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(nullable = false, updatable = false)
    private String instance;

    @Column(name = "help_number", nullable = false, updatable = false)
    private String helpNumber;

    @Column(name = "queue_name", updatable = false)
    private String queue;

    @Column(name = "caller_id", nullable = false, updatable = false)
    private String callerId;

    @Column(name = "caller_verified", nullable = false, updatable = false)
    private boolean callerVerified;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Disposition disposition;

    @Column(name = "request_id", updatable = false)
    private Long requestId;

    @Column(name = "call_attempt_id", updatable = false)
    private Long callAttemptId;

    protected IncomingCallRecord() {
        // for JPA
    }

    private IncomingCallRecord(IncomingCall call, String queue, Disposition disposition, Long requestId,
            Long callAttemptId, String instance, Instant at) {
        this.receivedAt = at;
        this.instance = instance;
        this.helpNumber = truncated(call.helpNumber());
        this.queue = queue;
        this.callerId = call.callerId() == null || call.callerId().isBlank() ? "anonymous"
                : truncated(call.callerId());
        this.callerVerified = call.callerVerified();
        this.disposition = disposition;
        this.requestId = requestId;
        this.callAttemptId = callAttemptId;
    }

    /** A call that reached nobody: why, and the queue it was for (null if the number is no queue's). */
    public static IncomingCallRecord notRouted(IncomingCall call, String queue, Disposition why, String instance,
            Instant at) {
        if (why == Disposition.ROUTED) {
            throw new IllegalArgumentException("a routed call has its request and attempt");
        }
        return new IncomingCallRecord(call, queue, why, null, null, instance, at);
    }

    public static IncomingCallRecord routed(IncomingCall call, String queue, Long requestId, Long callAttemptId,
            String instance, Instant at) {
        return new IncomingCallRecord(call, queue, Disposition.ROUTED, requestId, callAttemptId, instance, at);
    }

    private static String truncated(String text) {
        return text == null ? "" : text.length() <= CALLER_ID_LENGTH ? text : text.substring(0, CALLER_ID_LENGTH);
    }

    public Long id() {
        return id;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String helpNumber() {
        return helpNumber;
    }

    public String queue() {
        return queue;
    }

    public String callerId() {
        return callerId;
    }

    public boolean callerVerified() {
        return callerVerified;
    }

    public Disposition disposition() {
        return disposition;
    }

    public Long requestId() {
        return requestId;
    }

    public Long callAttemptId() {
        return callAttemptId;
    }
}
