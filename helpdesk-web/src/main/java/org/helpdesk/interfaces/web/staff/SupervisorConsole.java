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
import org.helpdesk.agent.AgentChangeRefusedException;
import org.helpdesk.agent.AgentRoster;
import org.helpdesk.agent.AgentView;
import org.helpdesk.intake.HelpRequestView;
import org.helpdesk.queue.QueueOverview;
import org.helpdesk.queue.QueueSummary;
import org.helpdesk.request.RequestId;
import org.helpdesk.request.RequestNotCancellableException;
import org.helpdesk.request.RequestNotMovableException;
import org.helpdesk.supervision.SupervisorActions;

/**
 * The supervisor console: the queues' load and the team's states, read afresh on every refresh, a queue's waiting
 * requests, and the supervisor's actions (each recorded with who did it).
 */
@Named
@ViewScoped
public class SupervisorConsole implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient QueueOverview overview;

    @EJB
    private transient AgentRoster roster;

    @EJB
    private transient SupervisorActions actions;

    @Inject
    private transient SecurityContext security;

    @Inject
    private transient FacesContext faces;

    @Inject
    private transient Clock clock;

    /** The queue whose requests are listed. */
    private String selectedQueue = "default";
    /** Where the move buttons send a request. */
    private String moveTarget;

    public List<QueueSummary> getQueues() {
        return overview.summaries();
    }

    public List<AgentView> getAgents() {
        return roster.all();
    }

    public List<HelpRequestView> getRequests() {
        return overview.openRequests(selectedQueue).orElse(List.of());
    }

    public void cancel(String requestId) {
        act(() -> actions.cancelRequest(RequestId.of(requestId), actor()), "Cancelled the request");
    }

    public void move(String requestId) {
        act(() -> actions.moveRequest(RequestId.of(requestId), moveTarget, actor()), "Moved to " + moveTarget);
    }

    public void setNotReady(String login) {
        act(() -> actions.setNotReady(login, null, actor()), login + " is not ready");
    }

    public void logOut(String login) {
        act(() -> actions.logOut(login, actor()), login + " is logged out");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
        } catch (RequestNotMovableException | RequestNotCancellableException | AgentChangeRefusedException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    private String actor() {
        return security.getCallerPrincipal().getName();
    }

    public String getSelectedQueue() {
        return selectedQueue;
    }

    public void setSelectedQueue(String selectedQueue) {
        this.selectedQueue = selectedQueue;
    }

    public String getMoveTarget() {
        return moveTarget;
    }

    public void setMoveTarget(String moveTarget) {
        this.moveTarget = moveTarget;
    }

    public String timeInState(AgentView agent) {
        long seconds = Math.max(0, Duration.between(agent.stateSince(), clock.instant()).toSeconds());
        return seconds >= 60 ? seconds / 60 + " min " + seconds % 60 + " s" : seconds + " s";
    }

    public String waitInWords(Long seconds) {
        if (seconds == null) {
            return "no agent ready";
        }
        return seconds >= 60 ? seconds / 60 + " min" : seconds + " s";
    }
}
