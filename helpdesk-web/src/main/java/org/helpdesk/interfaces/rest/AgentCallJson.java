package org.helpdesk.interfaces.rest;

import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import org.helpdesk.dialer.AgentCall;
import org.helpdesk.interfaces.json.JsonFactories;

/** The JSON shape of an agent's call: {@code GET /api/agents/me/call} and the "call" events of the event stream. */
final class AgentCallJson {

    private AgentCallJson() {
    }

    static JsonObjectBuilder of(AgentCall call, Instant now) {
        JsonObjectBuilder json = JsonFactories.object()
                .add("agent", call.agent())
                .add("requestId", call.requestId())
                .add("direction", call.direction().name())
                .add("extension", call.extension())
                .add("phase", call.phase().name())
                .add("startedAt", call.startedAt().toString());
        AgentJson.nullable(json, "ringingSince", call.ringingSince());
        AgentJson.nullable(json, "talkingSince", call.talkingSince());
        if (call.talkingSince() == null) {
            json.addNull("talkSeconds");
        } else {
            Instant until = call.endedAt() == null ? now : call.endedAt();
            json.add("talkSeconds", Math.max(0, Duration.between(call.talkingSince(), until).toSeconds()));
        }
        AgentJson.nullable(json, "endedAt", call.endedAt());
        AgentJson.nullable(json, "endCause", call.endCause());
        AgentJson.nullable(json, "outcome", call.outcome());
        return json;
    }
}
