package org.helpdesk.interfaces.rest;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import org.helpdesk.agent.AgentView;
import org.helpdesk.interfaces.json.JsonFactories;

/** The JSON shape of an agent: the answers of {@code /api/agents} and the "state" events of the event stream. */
final class AgentJson {

    private AgentJson() {
    }

    static JsonObjectBuilder of(AgentView agent, Instant now) {
        JsonArrayBuilder queues = JsonFactories.array();
        agent.queues().stream().sorted().forEach(queues::add);
        JsonObjectBuilder json = JsonFactories.object()
                .add("login", agent.login())
                .add("name", agent.name())
                .add("queues", queues)
                .add("state", agent.state().name())
                .add("stateSince", agent.stateSince().toString())
                .add("secondsInState", Math.max(0, Duration.between(agent.stateSince(), now).toSeconds()));
        nullable(json, "extension", agent.extension());
        nullable(json, "notReadyReason", agent.notReadyReason());
        nullable(json, "wrapUpUntil", agent.wrapUpUntil());
        if (agent.wrapUpUntil() == null) {
            json.addNull("wrapUpSecondsLeft");
        } else {
            json.add("wrapUpSecondsLeft", Math.max(0, Duration.between(now, agent.wrapUpUntil()).toSeconds()));
        }
        return json;
    }

    static void nullable(JsonObjectBuilder json, String name, Object value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value.toString());
        }
    }
}
