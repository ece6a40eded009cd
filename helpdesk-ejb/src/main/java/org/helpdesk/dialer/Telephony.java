package org.helpdesk.dialer;

import java.util.Set;

/**
 * The dialer's view of the telephone system (a port): implemented by the CTI adapter over JTAPI. Calls are
 * placed asynchronously; what happens to them comes back as {@link CallProgress} events, and calls to a queue's
 * help number arrive as {@link IncomingCall} events, which are answered with {@link #route} or {@link #queue}.
 *
 * <p>The database says which calls Helpdesk placed and who was claimed for them; the telephony says what the phones
 * are doing now. The dialer consults both: it never offers a call to a phone the telephony reports on a call, and it
 * ends the call records whose calls the telephony no longer has.
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

    /**
     * The extensions whose phones are on a call now (ringing, talking or held), ours or anyone's, as the telephony
     * has observed them. Kept up to date from the telephony's events, so asking costs no round trip: a live view,
     * empty while the telephony is not in service.
     */
    Set<String> phonesInUse();

    /** The calls of ours (placed or routed) that the telephony still has; empty while it is not in service. */
    Set<CallRef> callsInProgress();

    /**
     * Hangs up the agent's side of a call (the other side is released with it). Returns before the call has ended:
     * its end comes as the call's {@link CallProgress.Step#ENDED}, as for any other end.
     *
     * @throws NoCallToHangUpException if the telephony has no such call (it has ended already)
     */
    void hangUp(CallRef ref, String agentExtension);
}
