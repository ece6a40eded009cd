package org.helpdesk.dialer;

import java.io.Serializable;
import java.time.Instant;
import org.helpdesk.request.CallOutcome;
import org.helpdesk.request.HelpRequest;

/**
 * An agent's current call, or their last one, as their desktop and the API show it: its phase, when the phone rang,
 * since when agent and customer talk, when the telephony reported its end and why, and the outcome recorded for
 * its request (null while none is).
 */
public record AgentCall(String agent, String requestId, CallAttempt.Direction direction, String extension,
        CallPhase phase, Instant startedAt, Instant ringingSince, Instant talkingSince, Instant endedAt,
        EndCause endCause, CallOutcome outcome) implements Serializable {

    static AgentCall of(CallAttempt call, HelpRequest request) {
        return new AgentCall(call.agentLogin(), request.id().value(), call.direction(), call.extension(), call.phase(),
                call.startedAt(), call.agentAlertedAt(), call.talkingSince(), call.endedAt(), call.endCause(),
                request.outcome());
    }

    public boolean inProgress() {
        return phase != CallPhase.ENDED;
    }
}
