package org.helpdesk.dialer;

/**
 * The dialer's view of the telephone system (a port): implemented by the CTI adapter over JTAPI. Calls are
 * placed asynchronously; what happens to them comes back as {@link CallProgress} events, and calls to a queue's
 * help number arrive as {@link IncomingCall} events, which are answered with {@link #route} or {@link #queue}.
 */
public interface Telephony {

    TelephonyStatus status();

    /**
     * Starts a call; returns before anyone's phone rings.
     *
     * @throws CallNotPlacedException if the telephony refused it at once (the cause says whose side was at fault)
     */
    void place(CallOrder order);

    /** Connects an incoming call to an agent's phone; the call's events then carry {@code ref}. */
    void route(IncomingCall call, String agentExtension, CallRef ref);

    /** No agent can take an incoming call: it waits in the telephony's own queue for the help number, or is refused. */
    void queue(IncomingCall call);
}
