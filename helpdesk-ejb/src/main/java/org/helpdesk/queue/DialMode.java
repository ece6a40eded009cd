package org.helpdesk.queue;

/** Who the dialer rings first when it calls a customer back. */
public enum DialMode {

    /** An agent is connected first, then the customer is dialled: the customer never hears a waiting line. */
    AGENT_FIRST,

    /** The customer is dialled first and joins the agent when they answer: no agent time is spent on no-answers. */
    CUSTOMER_FIRST
}
