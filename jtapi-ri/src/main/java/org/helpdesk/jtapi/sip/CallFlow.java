package org.helpdesk.jtapi.sip;

import javax.telephony.InvalidStateException;

/** The signalling behind a call: third-party control (outbound) or routing an inbound caller. */
interface CallFlow {
    /** Runs on the call's control executor. */
    void start();

    /** Releases {@code connection}; a two-party call then releases the other party too. */
    void disconnect(ConnectionImpl connection);

    /** Blind transfer: the agent's leg is released and the other party is connected to {@code target}. */
    default void transfer(Destination target) throws InvalidStateException {
        throw new InvalidStateException(target, InvalidStateException.CALL_OBJECT, 0, "This call cannot transfer");
    }
}
