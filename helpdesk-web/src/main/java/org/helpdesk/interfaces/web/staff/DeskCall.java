package org.helpdesk.interfaces.web.staff;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.helpdesk.dialer.AgentCall;
import org.helpdesk.dialer.AgentCalls;
import org.helpdesk.dialer.CallPhase;
import org.helpdesk.dialer.NoCallToHangUpException;

/**
 * The agent desktop's phone panel: whether the agent's phone rings or they talk (with a talk timer), the "Hang up"
 * button, and when the telephony reported the call's end and why. Read once per request; the server pushes "call"
 * when any of it changes ({@link DeskPush}).
 */
@Named
@RequestScoped
public class DeskCall {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    @EJB
    private AgentCalls calls;

    @Inject
    private SecurityContext security;

    @Inject
    private FacesContext faces;

    @Inject
    private Clock clock;

    private Optional<AgentCall> call;

    private Optional<AgentCall> call() {
        if (call == null) {
            call = calls.lastCall(login());
        }
        return call;
    }

    public boolean isShown() {
        return call().isPresent();
    }

    public boolean isInProgress() {
        return call().map(AgentCall::inProgress).orElse(false);
    }

    public boolean isTalking() {
        return call().map(shown -> shown.phase() == CallPhase.TALKING).orElse(false);
    }

    public boolean isEnded() {
        return call().map(shown -> shown.phase() == CallPhase.ENDED).orElse(false);
    }

    /** The phase in words; the page also carries the phase's name for scripts and tests. */
    public String getPhase() {
        return call().map(shown -> switch (shown.phase()) {
            case DIALING -> "Dialling";
            case RINGING -> "Ringing";
            case TALKING -> "Talking";
            case ENDED -> "Call ended";
        }).orElse("");
    }

    public String getPhaseName() {
        return call().map(shown -> shown.phase().name()).orElse("");
    }

    /** Whole seconds agent and customer have talked, for the timer (it counts on in the browser). */
    public long getTalkSeconds() {
        return call().filter(shown -> shown.talkingSince() != null)
                .map(shown -> Math.max(0, Duration.between(shown.talkingSince(),
                        shown.endedAt() == null ? clock.instant() : shown.endedAt()).toSeconds()))
                .orElse(0L);
    }

    public String getEndedAt() {
        return call().map(AgentCall::endedAt).map(TIME::format).orElse("");
    }

    public String getEndCause() {
        return call().map(AgentCall::endCause).map(Enum::name).orElse("");
    }

    /** The outcome recorded for the call's request, or "" while none is. */
    public String getOutcome() {
        return call().map(AgentCall::outcome).map(Enum::name).orElse("");
    }

    public void hangUp() {
        try {
            AgentCall asked = calls.hangUp(login());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Hanging up the call for request "
                    + asked.requestId() + "; the end shows here when the telephony reports it", null));
        } catch (NoCallToHangUpException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
        call = null;
    }

    private String login() {
        return security.getCallerPrincipal().getName();
    }
}
