package org.helpdesk.agent;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.helpdesk.account.Accounts;
import org.helpdesk.account.LoginTakenException;
import org.helpdesk.account.Role;
import org.helpdesk.queue.QueueRepository;
import org.helpdesk.request.HelpRequest;
import org.helpdesk.request.HelpRequestRepository;
import org.helpdesk.request.RequestStatus;

/** Hires agents (with their accounts), and records their state changes ({@link AgentStateChanged}). */
@Stateless
public class AgentRoster {

    private static final Logger LOG = Logger.getLogger(AgentRoster.class.getName());
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    /** A JTAPI terminal name: a number or a SIP-ish user name. */
    private static final Pattern EXTENSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]{0,63}");
    private static final int MAX_NAME = 200;

    @PersistenceContext(unitName = "helpdesk")
    private EntityManager entityManager;

    @EJB
    private Accounts accounts;

    @Inject
    private QueueRepository queues;

    @Inject
    private HelpRequestRepository requests;

    @Inject
    private Clock clock;

    @Inject
    private Event<AgentStateChanged> stateChanged;

    /** Opens the account and the agent together: both or neither. */
    public AgentView hire(NewAgent hire) {
        check("login", hire.login() != null && LOGIN.matcher(hire.login()).matches(),
                "must be 1 to 64 lower-case letters, digits, '.', '_' or '-'");
        check("name", hire.name() != null && !hire.name().isBlank() && hire.name().strip().length() <= MAX_NAME,
                "is required (at most " + MAX_NAME + " characters)");
        check("extension", hire.extension() == null || EXTENSION.matcher(hire.extension()).matches(),
                "must be a phone extension or terminal name");
        Set<String> workQueues = hire.queues() == null ? Set.of() : Set.copyOf(hire.queues());
        workQueues.forEach(name -> check("queues", queues.find(name).isPresent(), "has no queue named " + name));
        if (entityManager.find(Agent.class, hire.login()) != null) {
            throw new LoginTakenException();
        }
        Role role = hire.role() == null ? Role.AGENT : hire.role();
        accounts.open(hire.login(), hire.password(), role);
        Agent agent = new Agent(hire.login(), hire.name().strip(), hire.extension(), workQueues, clock.instant());
        entityManager.persist(agent);
        LOG.info(() -> "Hired " + role + " " + hire.login() + " (extension " + hire.extension() + ") for queues "
                + workQueues);
        return AgentView.of(agent);
    }

    /**
     * @param by who asks, for the log (the agent themself or a supervisor)
     * @throws AgentChangeRefusedException if there is no such agent or the change is not allowed
     * @throws OutcomePendingException if the agent is to be ready but owes the outcome of their last call
     */
    public AgentView changeState(String login, AgentState state, String reason, String by) {
        Agent agent = entityManager.find(Agent.class, login);
        check("login", agent != null, "is no agent");
        if (state == AgentState.READY) {
            // the next call would pop up over the unfinished wrap-up's form, so the outcome comes first
            outcomeOwed(agent).ifPresent(owed -> {
                throw new OutcomePendingException(login, owed.id().value());
            });
        }
        AgentState before = agent.state();
        agent.changeState(state, reason, clock.instant());
        LOG.info(() -> "Agent " + login + " " + before + " -> " + state
                + (agent.notReadyReason() == null ? "" : " (" + agent.notReadyReason() + ")") + " by " + by);
        AgentView changed = AgentView.of(agent);
        // observers hear of it after the commit (the agent's event streams)
        stateChanged.fire(new AgentStateChanged(changed));
        return changed;
    }

    /**
     * The request whose call the agent talked on and whose outcome they still owe: from the call's end until they
     * record it or the wrap-up time runs out (then the dialer records it as not recorded).
     */
    public Optional<HelpRequest> outcomeOwedBy(String login) {
        return Optional.ofNullable(entityManager.find(Agent.class, login)).flatMap(this::outcomeOwed);
    }

    private Optional<HelpRequest> outcomeOwed(Agent agent) {
        return agent.wrapUpUntil() == null ? Optional.empty() : requests.lastEndedWithoutOutcome(agent.login());
    }

    /**
     * What each agent is on now, for the supervisor console: login to "request id (queue)" for the agents with a
     * current call.
     */
    public Map<String, String> currentRequests() {
        Map<String, String> current = new HashMap<>();
        entityManager.createQuery("select r.assignedAgent, r.publicId, r.queue from HelpRequest r"
                        + " where r.status in :busy and r.assignedAgent is not null", Object[].class)
                .setParameter("busy", List.of(RequestStatus.DIALING, RequestStatus.CONNECTED))
                .getResultList()
                .forEach(row -> current.put((String) row[0], row[1] + " (" + row[2] + ")"));
        return current;
    }

    public Optional<AgentView> find(String login) {
        return Optional.ofNullable(entityManager.find(Agent.class, login)).map(AgentView::of);
    }

    public List<AgentView> all() {
        return entityManager.createQuery("select a from Agent a order by a.login", Agent.class).getResultList()
                .stream().map(AgentView::of).toList();
    }

    private static void check(String field, boolean holds, String reason) {
        if (!holds) {
            throw new AgentChangeRefusedException(field, reason);
        }
    }
}
