package org.helpdesk.interfaces.web.staff;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.helpdesk.agent.AgentChangeRefusedException;
import org.helpdesk.agent.AgentRoster;
import org.helpdesk.agent.AgentState;
import org.helpdesk.agent.AgentView;
import org.helpdesk.agent.OutcomePendingException;

/** The agent desktop: the agent's own state, and how long they have been in it. */
@Named
@ViewScoped
public class AgentDesk implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The reasons offered for not being ready; "other" lets the agent type their own. */
    static final List<String> NOT_READY_REASONS = List.of("Break", "Lunch", "Meeting", "Training", "Admin work");

    @EJB
    private transient AgentRoster roster;

    @Inject
    private transient SecurityContext security;

    @Inject
    private transient FacesContext faces;

    @Inject
    private transient Clock clock;

    private String reason = NOT_READY_REASONS.get(0);

    public Optional<AgentView> agent() {
        return roster.find(login());
    }

    public boolean isAgent() {
        return agent().isPresent();
    }

    public String getState() {
        return agent().map(agent -> agent.state().name()).orElse("");
    }

    public String getStateDetail() {
        return agent().map(agent -> agent.notReadyReason() == null ? "" : agent.notReadyReason()).orElse("");
    }

    /** Whole seconds in the current state, for the desktop's clock (it counts on in the browser). */
    public long getSecondsInState() {
        return agent().map(agent -> Math.max(0, Duration.between(agent.stateSince(), clock.instant()).toSeconds()))
                .orElse(0L);
    }

    public String getName() {
        return agent().map(AgentView::name).orElse(login());
    }

    public void ready() {
        change(AgentState.READY, null);
    }

    public void notReady() {
        change(AgentState.NOT_READY, reason);
    }

    public void wrapUp() {
        change(AgentState.WRAP_UP, null);
    }

    /** Whole seconds until the wrap-up after the last call ends (the outcome is due then), or -1 if none runs. */
    public long getWrapUpSecondsLeft() {
        return agent().map(AgentView::wrapUpUntil)
                .map(until -> Math.max(0, Duration.between(clock.instant(), until).toSeconds()))
                .orElse(-1L);
    }

    private void change(AgentState state, String why) {
        try {
            roster.changeState(login(), state, why, login());
        } catch (AgentChangeRefusedException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        } catch (OutcomePendingException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Record the outcome of your last"
                    + " call first (below), or wait until the wrap-up time is over", null));
        }
    }

    private String login() {
        return security.getCallerPrincipal().getName();
    }

    public List<String> getReasons() {
        return NOT_READY_REASONS;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
