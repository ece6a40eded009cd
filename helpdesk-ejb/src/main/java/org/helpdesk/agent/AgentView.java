package org.helpdesk.agent;

import java.time.Instant;
import java.util.Set;

/** An agent as supervisors and the agent's own desktop see them. */
public record AgentView(String login, String name, String extension, Set<String> queues, AgentState state,
        String notReadyReason, Instant stateSince) {

    static AgentView of(Agent agent) {
        return new AgentView(agent.login(), agent.displayName(), agent.extension(), agent.queues(), agent.state(),
                agent.notReadyReason(), agent.stateSince());
    }
}
