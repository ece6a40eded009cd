package org.helpdesk.agent;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A person who takes calls: their phone (extension), the queues they work and what they are doing. Logging in is
 * their {@link org.helpdesk.account.Account}'s business, under the same login.
 */
@Entity
@Table(name = "agent")
public class Agent {

    public static final int MAX_REASON = 100;

    @Id
    private String login;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgentState state;

    @Column(name = "state_since", nullable = false)
    private Instant stateSince;

    /** The agent's phone: a JTAPI terminal name. */
    private String extension;

    @Column(name = "not_ready_reason")
    private String notReadyReason;

    /**
     * When the wrap-up after the agent's last conversation ends: the call's outcome is due then (the dialer records
     * it as not recorded if the agent has not), and an agent still in {@code WRAP_UP} is made ready. Null while no
     * wrap-up runs. It outlasts the agent's own changes of state other than ready: an agent who takes a break during
     * wrap-up still owes the outcome.
     */
    @Column(name = "wrap_up_until")
    private Instant wrapUpUntil;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agent_queue", joinColumns = @JoinColumn(name = "agent_login"))
    @Column(name = "queue_name")
    private Set<String> queues = new HashSet<>();

    protected Agent() {
        // for JPA
    }

    public Agent(String login, String displayName, String extension, Set<String> queues, Instant now) {
        this.login = login;
        this.displayName = displayName;
        this.extension = extension;
        this.queues = new HashSet<>(queues);
        this.state = AgentState.LOGGED_OUT;
        this.stateSince = now;
    }

    /**
     * Moves the agent to another state; {@code NOT_READY} needs a reason (a supervisor and the reports want to know
     * why). The time in the state restarts only when the state or the reason changes. Becoming ready ends a wrap-up
     * (whoever makes the agent ready has made sure that no outcome is owed, see {@link AgentRoster#changeState}).
     */
    public void changeState(AgentState next, String reason, Instant now) {
        String why = next == AgentState.NOT_READY ? requireReason(reason) : null;
        if (next != state || !Objects.equals(why, notReadyReason)) {
            state = next;
            notReadyReason = why;
            stateSince = now;
        }
        if (next == AgentState.READY) {
            wrapUpUntil = null;
        }
    }

    /**
     * A conversation ended: the agent's wrap-up runs until {@code until}, and the outcome of the call is due then.
     * Whether the agent is in {@code WRAP_UP} meanwhile is the caller's decision (it records the change of state).
     */
    public void wrapUpUntil(Instant until) {
        wrapUpUntil = until;
    }

    public Instant wrapUpUntil() {
        return wrapUpUntil;
    }

    /** Whether the wrap-up after the last conversation has run out (the dialer then ends it). */
    public boolean wrapUpOver(Instant now) {
        return wrapUpUntil != null && !wrapUpUntil.isAfter(now);
    }

    /** A wrap-up ran out while the agent was not in {@code WRAP_UP} (on a break, say): nothing is owed any more. */
    public void forgetWrapUp() {
        wrapUpUntil = null;
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new AgentChangeRefusedException("reason", "is required for NOT_READY");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new AgentChangeRefusedException("reason", "is longer than " + MAX_REASON + " characters");
        }
        return reason.strip();
    }

    public String displayName() {
        return displayName;
    }

    public String extension() {
        return extension;
    }

    public String notReadyReason() {
        return notReadyReason;
    }

    public String login() {
        return login;
    }

    public AgentState state() {
        return state;
    }

    public Instant stateSince() {
        return stateSince;
    }

    public Set<String> queues() {
        return Set.copyOf(queues);
    }
}
