package org.helpdesk.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;

/**
 * A customer's request to be called, from the moment it is accepted until the call-centre is done with it.
 *
 * <p>Queue order is {@code (callPriority, dueAt, id)}: a promised call-back time that has come due goes ahead of
 * immediate requests, and within each class the earlier due goes first (immediate requests are due when they
 * arrive, so that is FIFO).
 */
@Entity
@Table(name = "help_request")
public class HelpRequest {

    /** {@link #callPriority} of a request whose promised call-back time has come: called before the others. */
    public static final int PROMISED_TIME = 0;
    /** {@link #callPriority} of a request to be called as soon as possible, in arrival order. */
    public static final int IMMEDIATE = 1;

    /**
     * The order in which a queue's requests are called: promised times first, then by due time, then by arrival
     * (ids are handed out in arrival order; before it is stored, a request is the newest). The repository's queries
     * sort the same way in SQL.
     */
    public static final Comparator<HelpRequest> CALL_ORDER = Comparator
            .comparingInt(HelpRequest::callPriority)
            .thenComparing(HelpRequest::dueAt)
            .thenComparing(request -> request.id == null ? Long.MAX_VALUE : request.id);

    @Id
    @SequenceGenerator(name = "help_request_seq", sequenceName = "help_request_seq", allocationSize = 500)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "help_request_seq")
    private Long id;

    @Column(name = "public_id", nullable = false, updatable = false)
    private String publicId;

    @Version
    private long version;

    @Column(name = "queue_name", nullable = false)
    private String queue;

    @Column(name = "phone", nullable = false, updatable = false)
    private PhoneNumber phone;

    @Column(name = "customer_name")
    private String customerName;

    @Column(name = "page_url")
    private PageUrl pageUrl;

    @Column(name = "page_title")
    private String pageTitle;

    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RequestSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestStatus status;

    @Column(name = "call_priority", nullable = false)
    private int callPriority;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "preferred_time")
    private Instant preferredTime;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Column(name = "open_key")
    private String openKey;

    @Column(name = "idempotency_key", updatable = false)
    private String idempotencyKey;

    @Column(name = "idempotency_fingerprint", updatable = false)
    private String idempotencyFingerprint;

    @Column(name = "client_address", updatable = false)
    private String clientAddress;

    /** The login of the agent the request was last given to, or null. */
    @Column(name = "assigned_agent")
    private String assignedAgent;

    /** When the request was first called; the service level measures the wait until then from {@code dueAt}. */
    @Column(name = "first_called_at")
    private Instant firstCalledAt;

    @Enumerated(EnumType.STRING)
    private CallOutcome outcome;

    @Column(name = "outcome_notes")
    private String outcomeNotes;

    /** Call attempts made for the request, the current one included. */
    @Column(nullable = false)
    private int attempts;

    /**
     * Whether the number is known to be the customer's: false only for a call to a help number whose caller ID no
     * trusted peer vouched for ({@link #unverifiedCall}). A number we call is the number we reach, so every other
     * request's is.
     */
    @Column(name = "phone_verified", nullable = false, updatable = false)
    private boolean phoneVerified = true;

    protected HelpRequest() {
        // for JPA
    }

    /** Accepts validated details: scheduled if the customer asked for a later time, otherwise queued now. */
    public static HelpRequest accept(RequestDetails details, RequestSource source, Instant now,
            IdempotencyKey idempotency, String clientAddress) {
        Instant wanted = details.preferredTime() == null ? now : details.preferredTime();
        return accept(details, source, now, wanted, idempotency, clientAddress);
    }

    /**
     * Accepts validated details, to be called from {@code callAt} on: the customer's preferred time, or now, unless
     * the queue is closed then, in which case its next opening. A request that may not be called at once waits
     * scheduled; when it comes due it goes ahead of the immediate requests, like a promised time: a customer who
     * asked while the queue was closed has waited the longest when it opens.
     *
     * @param callAt not before the preferred time (or now, without one)
     */
    public static HelpRequest accept(RequestDetails details, RequestSource source, Instant now, Instant callAt,
            IdempotencyKey idempotency, String clientAddress) {
        Instant wanted = details.preferredTime() == null ? now : details.preferredTime();
        if (callAt.isBefore(wanted)) {
            throw new IllegalArgumentException("a request cannot be called before the customer wants: " + callAt
                    + " is before " + wanted);
        }
        HelpRequest request = new HelpRequest();
        request.publicId = RequestId.random().value();
        request.queue = details.queue();
        request.phone = details.phone();
        request.customerName = details.customerName();
        request.pageUrl = details.pageUrl();
        request.pageTitle = details.pageTitle();
        request.note = details.note();
        request.source = source;
        request.createdAt = now;
        request.preferredTime = details.preferredTime();
        if (details.preferredTime() == null && !callAt.isAfter(now)) {
            request.callPriority = IMMEDIATE;
            request.dueAt = now;
            request.status = RequestStatus.QUEUED;
        } else {
            request.callPriority = PROMISED_TIME;
            request.dueAt = callAt;
            request.status = callAt.isAfter(now) ? RequestStatus.SCHEDULED : RequestStatus.QUEUED;
        }
        request.statusChangedAt = now;
        request.openKey = openKey(details.queue(), details.phone());
        if (idempotency != null) {
            request.idempotencyKey = idempotency.key();
            request.idempotencyFingerprint = idempotency.fingerprint();
        }
        request.clientAddress = clientAddress;
        return request;
    }

    /**
     * A call to a help number whose caller ID nobody vouches for (it came from outside the trusted SIP peers, so the
     * number may be anyone's): a request of its own, queued now, to be given to an agent at once. It holds no open
     * place for the number, so it neither takes over nor blocks the requests of whoever owns the number.
     */
    public static HelpRequest unverifiedCall(String queue, PhoneNumber callerId, Instant now) {
        HelpRequest request = accept(new RequestDetails(callerId, null, null, null, null, queue, null),
                RequestSource.PHONE, now, null, null);
        request.phoneVerified = false;
        request.openKey = null;
        return request;
    }

    /** The value that makes "one open request per phone and queue" a database constraint. */
    public static String openKey(String queue, PhoneNumber phone) {
        return queue + "|" + phone.e164();
    }

    /** A scheduled request whose time has come joins the queue, ahead of the immediate requests. */
    public boolean comeDue(Instant now) {
        if (status != RequestStatus.SCHEDULED || dueAt.isAfter(now)) {
            return false;
        }
        changeStatus(RequestStatus.QUEUED, now);
        return true;
    }

    /**
     * The customer no longer wants the call. Only a request that is still waiting can be withdrawn; cancelling a
     * cancelled request again changes nothing.
     */
    public void cancel(Instant now) {
        if (status == RequestStatus.CANCELLED) {
            return;
        }
        if (status != RequestStatus.QUEUED && status != RequestStatus.SCHEDULED) {
            throw new RequestNotCancellableException(status);
        }
        changeStatus(RequestStatus.CANCELLED, now);
    }

    /**
     * A supervisor moves a waiting request to another queue. It keeps its due time, so it is called there in the
     * order it arrived, not as a newcomer: the customer has waited already.
     */
    public void moveTo(String otherQueue, Instant now) {
        if (status != RequestStatus.QUEUED && status != RequestStatus.SCHEDULED) {
            throw new RequestNotMovableException("a request that is " + status + " can no longer change queues");
        }
        if (queue.equals(otherQueue)) {
            throw new RequestNotMovableException("the request is in queue " + otherQueue + " already");
        }
        queue = otherQueue;
        openKey = phoneVerified ? openKey(otherQueue, phone) : null;
        statusChangedAt = now;
    }

    /**
     * Gives the request to an agent: the request leaves its queue's waiting line and a call attempt begins
     * ({@link RequestStatus#DIALING}). Only a request waiting in line can be given; it stays open (one open
     * request per number and queue still holds while it is being called).
     *
     * <p>The caller releases the queue's kept waiting count, after flushing this row (the lock order).
     *
     * @throws RequestNotAssignableException if the request is not {@link RequestStatus#QUEUED}
     */
    public void assignTo(String agentLogin, Instant now) {
        if (status != RequestStatus.QUEUED) {
            throw new RequestNotAssignableException(status);
        }
        if (agentLogin == null || agentLogin.isBlank()) {
            throw new IllegalArgumentException("an assignment needs an agent");
        }
        assignedAgent = agentLogin;
        attempts++;
        if (firstCalledAt == null) {
            firstCalledAt = now;
        }
        changeStatus(RequestStatus.DIALING, now);
    }

    /**
     * The agent finished the call and records how it ended: the request is {@link RequestStatus#COMPLETED}, and its
     * customer's place is free for a new request (a call-back, say).
     *
     * @throws RequestNotAssignableException if the request is not being called
     */
    public void complete(CallOutcome how, String notes, Instant now) {
        requireBeingCalled();
        outcome = how;
        outcomeNotes = notes;
        changeStatus(RequestStatus.COMPLETED, now);
    }

    /** Both parties are on the line: the conversation has begun. */
    public void connected(Instant now) {
        requireBeingCalled();
        if (status == RequestStatus.DIALING) {
            changeStatus(RequestStatus.CONNECTED, now);
        }
    }

    /**
     * The call ended after a conversation: the request is {@link RequestStatus#COMPLETED}; the agent records the
     * outcome at wrap-up ({@link #recordOutcome}).
     */
    public void callEnded(Instant now) {
        requireBeingCalled();
        changeStatus(RequestStatus.COMPLETED, now);
    }

    /**
     * The outcome of a call that already ended, recorded at wrap-up.
     *
     * @throws RequestNotAssignableException unless the request is completed without an outcome
     */
    public void recordOutcome(CallOutcome how, String notes) {
        if (status != RequestStatus.COMPLETED || outcome != null) {
            throw new RequestNotAssignableException(status);
        }
        outcome = how;
        outcomeNotes = notes;
    }

    /**
     * The customer was not reached (busy, no answer, declined, unreachable, or the call was cut off): the request is
     * called again after {@code delay}, ahead of newcomers once due, unless it has had its {@code maxAttempts}.
     *
     * @return whether it will be called again; otherwise it is {@link RequestStatus#FAILED}
     */
    public boolean retryLater(Instant now, Duration delay, int maxAttempts) {
        requireBeingCalled();
        if (attempts >= maxAttempts) {
            changeStatus(RequestStatus.FAILED, now);
            return false;
        }
        callPriority = PROMISED_TIME;
        dueAt = now.plus(delay);
        changeStatus(RequestStatus.SCHEDULED, now);
        return true;
    }

    /**
     * The agent did not take the call, so the customer was not called on their account: the attempt does not count
     * and the request gets its old place in line back (same priority and due time). The caller re-admits it to the
     * queue's waiting count.
     */
    public void backInLine(Instant now) {
        requireBeingCalled();
        attempts--;
        if (attempts == 0) {
            firstCalledAt = null;
        }
        changeStatus(RequestStatus.QUEUED, now);
    }

    /**
     * An unverified caller's call ended without a conversation (nobody answered, or the caller gave up): the request
     * {@link RequestStatus#FAILED}, never called back, since the number may belong to someone who never called.
     */
    public void unverifiedCallMissed(Instant now) {
        requireBeingCalled();
        if (phoneVerified) {
            throw new IllegalStateException("a verified caller keeps their place: " + this);
        }
        changeStatus(RequestStatus.FAILED, now);
    }

    private void requireBeingCalled() {
        if (status != RequestStatus.DIALING && status != RequestStatus.CONNECTED) {
            throw new RequestNotAssignableException(status);
        }
    }

    public Instant firstCalledAt() {
        return firstCalledAt;
    }

    public CallOutcome outcome() {
        return outcome;
    }

    public String outcomeNotes() {
        return outcomeNotes;
    }

    private void changeStatus(RequestStatus next, Instant now) {
        status = next;
        statusChangedAt = now;
        if (!next.isOpen()) {
            openKey = null;
        }
    }

    /** The client's key for retries of the submission that created this request, or null. */
    public String idempotencyKey() {
        return idempotencyKey;
    }

    public boolean answersIdempotencyKey(IdempotencyKey idempotency) {
        return idempotencyFingerprint != null && idempotencyFingerprint.equals(idempotency.fingerprint());
    }

    /** Non-null while the request holds its customer's one open place in the queue. */
    String openKey() {
        return openKey;
    }

    public Long internalId() {
        return id;
    }

    public RequestId id() {
        return RequestId.of(publicId);
    }

    public String queue() {
        return queue;
    }

    public PhoneNumber phone() {
        return phone;
    }

    public String customerName() {
        return customerName;
    }

    public PageUrl pageUrl() {
        return pageUrl;
    }

    public String pageTitle() {
        return pageTitle;
    }

    public String note() {
        return note;
    }

    public RequestSource source() {
        return source;
    }

    /** Whether the number is known to be the customer's (see {@link #unverifiedCall}). */
    public boolean phoneVerified() {
        return phoneVerified;
    }

    public RequestStatus status() {
        return status;
    }

    public int callPriority() {
        return callPriority;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant preferredTime() {
        return preferredTime;
    }

    public Instant dueAt() {
        return dueAt;
    }

    /**
     * Whether the request arrived (or asked for a time) while its queue was closed, so that it is called at the
     * next opening instead: it is due later than the customer wanted. Derived, not stored: only acceptance sets a
     * due time later than the wanted one.
     */
    public boolean outsideBusinessHours() {
        return dueAt.isAfter(preferredTime == null ? createdAt : preferredTime);
    }

    /** When we promised to call: the preferred time or the queue's opening; null for an immediate request. */
    public Instant scheduledFor() {
        return callPriority == PROMISED_TIME ? dueAt : null;
    }

    public String assignedAgent() {
        return assignedAgent;
    }

    public int attempts() {
        return attempts;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    @Override
    public String toString() {
        return "HelpRequest[" + publicId + " " + status + " queue=" + queue + " phone="
                + (phone == null ? null : phone.masked()) + (phoneVerified ? "" : " unverified") + "]";
    }
}
