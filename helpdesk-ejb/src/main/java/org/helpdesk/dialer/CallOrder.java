package org.helpdesk.dialer;

import org.helpdesk.queue.DialMode;

/**
 * A call the dialer asks the telephony to place: the agent's phone (a JTAPI terminal name) and the customer's
 * number in E.164, rung in the queue's {@link DialMode}.
 */
public record CallOrder(CallRef ref, DialMode mode, String agentExtension, String customerNumber) {
}
