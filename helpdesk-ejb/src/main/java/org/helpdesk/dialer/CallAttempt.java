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
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.helpdesk.queue.DialMode;
import org.helpdesk.request.HelpRequest;
import org.helpdesk.request.PhoneNumber;

/**
 * One call for a help request: placed by the dialer, or an incoming call routed to an agent. While it is in flight
 * it holds its customer's number ({@code live_phone}) and its agent's phone ({@code live_extension}), both unique, so
 * no second call to that customer can start and no second call can ring that phone, on this server or another; when
 * it ends it records why.
 */
@Entity
@Table(name = "call_attempt")
public class CallAttempt {

    public enum Direction {
        OUTBOUND,
        INBOUND
    }

    @Id
    @SequenceGenerator(name = "call_attempt_seq", sequenceName = "call_attempt_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "call_attempt_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "request_id", nullable = false, updatable = false)
    private Long requestId;

    @Column(name = "attempt_no", nullable = false, updatable = false)
    private int attemptNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(name = "dial_mode", updatable = false)
    private DialMode dialMode;

    @Column(name = "agent_login", nullable = false, updatable = false)
    private String agentLogin;

    @Column(nullable = false, updatable = false)
    private String extension;

    /** The server instance whose telephony carries the call: it reconciles the call if it restarts mid-call. */
    @Column(nullable = false, updatable = false)
    private String instance;

    @Column(name = "live_phone")
    private PhoneNumber livePhone;

    /** The agent's extension while the call is in flight, null once it ended. */
    @Column(name = "live_extension")
    private String liveExtension;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "agent_alerted_at")
    private Instant agentAlertedAt;

    @Column(name = "agent_connected_at")
    private Instant agentConnectedAt;

    @Column(name = "customer_alerted_at")
    private Instant customerAlertedAt;

    @Column(name = "customer_connected_at")
    private Instant customerConnectedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_cause")
    private EndCause endCause;

    protected CallAttempt() {
        // for JPA
    }

    private CallAttempt(HelpRequest request, Direction direction, DialMode mode, String agentLogin, String extension,
            String instance, Instant now) {
        this.requestId = request.internalId();
        this.attemptNo = request.attempts();
        this.direction = direction;
        this.dialMode = mode;
        this.agentLogin = agentLogin;
        this.extension = extension;
        this.instance = instance;
        this.livePhone = request.phone();
        this.liveExtension = extension;
        this.startedAt = now;
    }

    /** The dialer calls the customer of a request it just gave to the agent. */
    public static CallAttempt outbound(HelpRequest request, DialMode mode, String agentLogin, String extension,
            String instance, Instant now) {
        return new CallAttempt(request, Direction.OUTBOUND, mode, agentLogin, extension, instance, now);
    }

    /**
     * A customer's call to the help number, routed to the agent. An unverified caller ID holds no number: it may be
     * anyone's, and must not keep the dialer from calling whoever owns it.
     */
    public static CallAttempt inbound(HelpRequest request, String agentLogin, String extension, String instance,
            Instant now) {
        CallAttempt attempt = new CallAttempt(request, Direction.INBOUND, null, agentLogin, extension, instance, now);
        if (!request.phoneVerified()) {
            attempt.livePhone = null;
        }
        return attempt;
    }

    /**
     * Records a step of the call. Steps arrive in order; one that comes after the end (a late event) changes nothing.
     *
     * @return whether the step was news
     */
    public boolean record(CallProgress.Step step, Instant at) {
        if (endedAt != null) {
            return false;
        }
        Instant when = stored(at);
        switch (step) {
            case AGENT_ALERTING -> agentAlertedAt = first(agentAlertedAt, when);
            case AGENT_CONNECTED -> agentConnectedAt = first(agentConnectedAt, when);
            case CUSTOMER_ALERTING -> customerAlertedAt = first(customerAlertedAt, when);
            case CUSTOMER_CONNECTED -> customerConnectedAt = first(customerConnectedAt, when);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** What the databases store (microseconds): what is shown right away is what is read back later. */
    private static Instant stored(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    private static Instant first(Instant recorded, Instant at) {
        return recorded == null ? at : recorded;
    }

    /** Whether agent and customer have both been on the line (for an incoming call: the agent answered). */
    public boolean conversationStarted() {
        return agentConnectedAt != null && (customerConnectedAt != null || direction == Direction.INBOUND);
    }

    /**
     * The call is over: the customer's number and the agent's phone are free for the next call.
     *
     * @return false if it had ended already (nothing changes)
     */
    public boolean end(EndCause cause, Instant at) {
        if (endedAt != null) {
            return false;
        }
        endedAt = stored(at);
        endCause = cause;
        livePhone = null;
        liveExtension = null;
        return true;
    }

    /** Where the call is, as far as its record knows (steps that change nothing alone are recorded later). */
    public CallPhase phase() {
        if (endedAt != null) {
            return CallPhase.ENDED;
        }
        if (conversationStarted()) {
            return CallPhase.TALKING;
        }
        return agentAlertedAt != null ? CallPhase.RINGING : CallPhase.DIALING;
    }

    /** When agent and customer were both on the line, or null if they have not been. */
    public Instant talkingSince() {
        if (!conversationStarted()) {
            return null;
        }
        return direction == Direction.INBOUND || agentConnectedAt.isAfter(customerConnectedAt) ? agentConnectedAt
                : customerConnectedAt;
    }

    /** How long agent and customer talked, if they did and the call is over. */
    public Duration talkTime() {
        if (endedAt == null || !conversationStarted()) {
            return null;
        }
        return Duration.between(talkingSince(), endedAt);
    }

    public CallRef ref(HelpRequest request) {
        return new CallRef(request.id().value(), id);
    }

    public Long id() {
        return id;
    }

    public Long requestId() {
        return requestId;
    }

    public int attemptNo() {
        return attemptNo;
    }

    public Direction direction() {
        return direction;
    }

    public String agentLogin() {
        return agentLogin;
    }

    public String extension() {
        return extension;
    }

    /** The server instance whose telephony carries the call. */
    public String instance() {
        return instance;
    }

    public boolean inFlight() {
        return endedAt == null;
    }

    public EndCause endCause() {
        return endCause;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public Instant agentAlertedAt() {
        return agentAlertedAt;
    }

    public Instant agentConnectedAt() {
        return agentConnectedAt;
    }

    public Instant customerAlertedAt() {
        return customerAlertedAt;
    }

    public Instant customerConnectedAt() {
        return customerConnectedAt;
    }

    public DialMode dialMode() {
        return dialMode;
    }

    @Override
    public String toString() {
        return "CallAttempt[" + id + " request=" + requestId + " #" + attemptNo + " " + direction + " agent="
                + agentLogin + (endCause == null ? "" : " " + endCause) + "]";
    }
}
