package org.helpdesk.queue;

/** Port to the agents' side: who of a queue's agents will take its calls, now or after their current one. */
public interface ReadyAgents {

    /** The queue's agents who are ready, on a call or in wrap-up, with when their current work began or ends. */
    Staffing staffingOf(String queue);
}
