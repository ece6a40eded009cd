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
import java.util.Set;

/**
 * A person who takes calls, and the queues they work. This is the part of the agent the queues need (who is ready
 * for what); accounts, extensions and the desktop build on it.
 */
@Entity
@Table(name = "agent")
public class Agent {

    @Id
    private String login;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgentState state;

    @Column(name = "state_since", nullable = false)
    private Instant stateSince;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agent_queue", joinColumns = @JoinColumn(name = "agent_login"))
    @Column(name = "queue_name")
    private Set<String> queues = new HashSet<>();

    protected Agent() {
        // for JPA
    }

    public Agent(String login, String displayName, Set<String> queues, Instant now) {
        this.login = login;
        this.displayName = displayName;
        this.queues = new HashSet<>(queues);
        this.state = AgentState.LOGGED_OUT;
        this.stateSince = now;
    }

    public void changeState(AgentState next, Instant now) {
        if (next != state) {
            state = next;
            stateSince = now;
        }
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
