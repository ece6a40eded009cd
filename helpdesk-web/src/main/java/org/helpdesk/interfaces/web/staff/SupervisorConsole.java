package org.helpdesk.interfaces.web.staff;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.helpdesk.agent.AgentRoster;
import org.helpdesk.agent.AgentView;
import org.helpdesk.queue.QueueOverview;
import org.helpdesk.queue.QueueSummary;

/** The supervisor console: the queues' load and the team's states, read afresh on every refresh. */
@Named
@RequestScoped
public class SupervisorConsole {

    @EJB
    private QueueOverview overview;

    @EJB
    private AgentRoster roster;

    @Inject
    private Clock clock;

    private List<QueueSummary> queues;
    private List<AgentView> agents;

    public List<QueueSummary> getQueues() {
        if (queues == null) {
            queues = overview.summaries();
        }
        return queues;
    }

    public List<AgentView> getAgents() {
        if (agents == null) {
            agents = roster.all();
        }
        return agents;
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
