package org.helpdesk.queue;

/** Port to the agents' side: how many agents are ready to take a call from a queue right now. */
public interface ReadyAgents {

    int readyFor(String queue);
}
