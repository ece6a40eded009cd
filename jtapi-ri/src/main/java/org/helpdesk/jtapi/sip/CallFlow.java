package org.helpdesk.jtapi.sip;

/** The signalling behind a call: third-party control (outbound) or routing an inbound caller. */
interface CallFlow {
    /** Runs on the call's control executor. */
    void start();

    /** Releases {@code connection}; a two-party call then releases the other party too. */
    void disconnect(ConnectionImpl connection);

    /** Whether {@link #transfer} may be called now (read from any thread). */
    default boolean canTransfer() {
        return false;
    }

    /**
     * Blind transfer, on the control executor: the agent's leg is released and the other party is connected to
     * {@code target}. When the call changed meanwhile, the target connection fails instead.
     */
    default void transfer(Destination target) {
        target.connection.moveTo(javax.telephony.Connection.FAILED, SipCause.UNKNOWN);
    }
}
