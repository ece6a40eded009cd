package org.helpdesk.agent;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Set;
import java.util.logging.Logger;

/** Enlists agents in queues and records their state changes. */
@Stateless
public class AgentRoster {

    private static final Logger LOG = Logger.getLogger(AgentRoster.class.getName());

    @PersistenceContext(unitName = "helpdesk")
    private EntityManager entityManager;

    @Inject
    private Clock clock;

    public void enlist(String login, String displayName, Set<String> queues) {
        Agent agent = entityManager.find(Agent.class, login);
        if (agent == null) {
            entityManager.persist(new Agent(login, displayName, queues, clock.instant()));
            LOG.info(() -> "Agent " + login + " enlisted in " + queues);
        }
    }

    public void changeState(String login, AgentState state) {
        Agent agent = entityManager.find(Agent.class, login);
        if (agent == null) {
            throw new IllegalArgumentException("no agent " + login);
        }
        AgentState before = agent.state();
        agent.changeState(state, clock.instant());
        LOG.info(() -> "Agent " + login + " " + before + " -> " + state);
    }
}
