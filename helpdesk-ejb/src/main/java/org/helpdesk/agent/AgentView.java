package org.helpdesk.agent;

import java.time.Instant;
import java.util.Set;

/**
 * An agent as supervisors and the agent's own desktop see them.
 *
 * @param wrapUpUntil when the wrap-up after the last conversation ends (the outcome is due then), or null
 */
public record AgentView(String login, String name, String extension, Set<String> queues, AgentState state,
        String notReadyReason, Instant stateSince, Instant wrapUpUntil) {

    static AgentView of(Agent agent) {
        return new AgentView(agent.login(), agent.displayName(), agent.extension(), agent.queues(), agent.state(),
                agent.notReadyReason(), agent.stateSince(), agent.wrapUpUntil());
    }
}
