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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.helpdesk.agent.AgentChangeRefusedException;
import org.helpdesk.agent.AgentRoster;
import org.helpdesk.agent.AgentView;
import org.helpdesk.dialer.Telephony;
import org.helpdesk.queue.HelpRequestView;
import org.helpdesk.queue.ArrivalsToday;
import org.helpdesk.queue.QueueOverview;
import org.helpdesk.queue.QueueSummary;
import org.helpdesk.queue.ServiceLevels;
import org.helpdesk.request.RequestId;
import org.helpdesk.request.RequestNotCancellableException;
import org.helpdesk.request.RequestNotMovableException;
import org.helpdesk.supervision.SupervisorActions;

/**
 * The supervisor console: the queues' load and the team's states, read afresh on every refresh (pushed by
 * {@link ConsolePush}), a queue's waiting requests, and the supervisor's actions (each recorded with who did it).
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

    @Inject
    private transient ArrivalsToday arrivals;

    @Inject
    private transient ServiceLevels serviceLevels;

    @Inject
    private transient Telephony telephony;

    /** The queue whose requests are listed. */
    private String selectedQueue = "default";
    /** Where the move buttons send a request. */
    private String moveTarget;
    /** Login to "request id (queue)" of the agents on a call, as of the last rendering of the agent table. */
    private transient Map<String, String> currentRequests;

    /** Whether calls can be placed now, in words. */
    public String getTelephony() {
        return switch (telephony.status()) {
            case IN_SERVICE -> "in service";
            case CONNECTING -> "connecting";
            case OUT_OF_SERVICE -> "out of service: no calls are placed; the adapter keeps trying";
            case NOT_CONFIGURED -> "not configured (no calls are placed)";
        };
    }

    public List<QueueSummary> getQueues() {
        return overview.summaries();
    }

    /** The agents, and what the busy ones are on, read afresh with every rendering of the table. */
    public List<AgentView> getAgents() {
        currentRequests = roster.currentRequests();
        return roster.all();
    }

    public String currentRequest(String login) {
        return currentRequests == null ? "" : currentRequests.getOrDefault(login, "");
    }

    public List<HelpRequestView> getRequests() {
        return overview.openRequests(selectedQueue).orElse(List.of());
    }

    /**
     * Today's arrivals per quarter of an hour, from the first busy quarter to now: a bar each, as tall as its share of
     * the busiest quarter.
     */
    public List<ArrivalBar> getArrivalBars() {
        long[] quarters = arrivals.perQuarterHour();
        int now = (int) (Duration.between(clock.instant().truncatedTo(ChronoUnit.DAYS), clock.instant()).toMinutes()
                / 15);
        int first = 0;
        while (first < now && quarters[first] == 0) {
            first++;
        }
        long busiest = Math.max(1, Arrays.stream(quarters).max().orElse(1));
        List<ArrivalBar> bars = new ArrayList<>();
        for (int quarter = first; quarter <= now && quarter < quarters.length; quarter++) {
            bars.add(new ArrivalBar(String.format("%02d:%02d", quarter / 4, quarter % 4 * 15), quarters[quarter],
                    Math.round(100.0 * quarters[quarter] / busiest)));
        }
        return bars;
    }

    public long getArrivalsTotal() {
        return Arrays.stream(arrivals.perQuarterHour()).sum();
    }

    /** Today's service level per hour (UTC) up to now: a bar each, as tall as the share; hours without calls empty. */
    public List<ArrivalBar> getServiceLevelBars() {
        Double[] hours = serviceLevels.byHour();
        int now = (int) Duration.between(clock.instant().truncatedTo(ChronoUnit.DAYS), clock.instant()).toHours();
        List<ArrivalBar> bars = new ArrayList<>();
        for (int hour = 0; hour <= now && hour < hours.length; hour++) {
            long percent = hours[hour] == null ? 0 : Math.round(100 * hours[hour]);
            bars.add(new ArrivalBar(String.format("%02d:00", hour), percent, percent));
        }
        return bars;
    }

    /** "87 %", or a dash before the first call of the day. */
    public String percent(Double share) {
        return share == null ? "–" : Math.round(100 * share) + " %";
    }

    /** One quarter of an hour in the chart: its start (UTC), how many arrived, and the bar's height in percent. */
    public record ArrivalBar(String from, long count, long percent) implements Serializable {
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

    /** How long the agent has been in their state when rendered; the browser counts on from there. */
    public long secondsInState(AgentView agent) {
        return Math.max(0, Duration.between(agent.stateSince(), clock.instant()).toSeconds());
    }

    public String timeInState(AgentView agent) {
        long seconds = secondsInState(agent);
        return seconds >= 60 ? seconds / 60 + " min " + seconds % 60 + " s" : seconds + " s";
    }

    public String waitInWords(Long seconds) {
        if (seconds == null) {
            return "no agent ready";
        }
        return seconds >= 60 ? seconds / 60 + " min" : seconds + " s";
    }
}
