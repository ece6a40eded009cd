package org.helpdesk.cti;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.PrivilegeViolationException;
import javax.telephony.Provider;
import javax.telephony.ResourceUnavailableException;
import javax.telephony.callcenter.CallCenterCall;
import org.helpdesk.dialer.CallRef;
import org.helpdesk.dialer.NoCallToHangUpException;

/**
 * The calls of ours that a provider still has: each carries its reference as application data (set when it is
 * placed, or when a routed call first reaches the agent's phone). Read from the provider when asked: the periodic
 * reconciliation and a hang-up ask, never the dialling path.
 */
final class LiveCalls {

    private LiveCalls() {
    }

    static Set<CallRef> of(Provider provider) {
        Set<CallRef> refs = new HashSet<>();
        calls(provider).map(LiveCalls::refOf).filter(Objects::nonNull).forEach(refs::add);
        return refs;
    }

    /** The reference of a call of ours, or null for anyone else's call. */
    static CallRef refOf(Call call) {
        if (!(call instanceof CallCenterCall tagged) || call.getState() == Call.INVALID) {
            return null;
        }
        try {
            return CallRef.parse(tagged.getApplicationData());
        } catch (MethodNotSupportedException e) {
            return null;
        }
    }

    static Optional<Call> find(Provider provider, CallRef ref) {
        return calls(provider).filter(call -> ref.equals(refOf(call))).findFirst();
    }

    /**
     * Releases the agent's connection; one not yet made (customer first, the customer still ringing) releases the
     * call's other connections, so that the customer is not connected to nobody.
     */
    static void hangUp(Call call, String agentExtension) {
        Connection[] connections = call.getConnections() == null ? new Connection[0] : call.getConnections();
        if (connections.length == 0) {
            throw new NoCallToHangUpException(NoCallToHangUpException.Reason.NO_CALL, "the call has no connection"
                    + " left: it has ended");
        }
        Set<Connection> released = new HashSet<>();
        for (Connection connection : connections) {
            if (agentExtension.equals(connection.getAddress().getName())) {
                released.add(connection);
            }
        }
        if (released.isEmpty()) {
            released.addAll(Arrays.asList(connections));
        }
        for (Connection connection : released) {
            try {
                connection.disconnect();
            } catch (InvalidStateException e) {
                // released meanwhile (the other side hung up): its end is on its way as an event
            } catch (PrivilegeViolationException | ResourceUnavailableException | MethodNotSupportedException e) {
                throw new IllegalStateException("the telephony refused to hang up " + connection, e);
            }
        }
    }

    private static Stream<Call> calls(Provider provider) {
        try {
            Call[] calls = provider.getCalls();
            return calls == null ? Stream.empty() : Arrays.stream(calls);
        } catch (ResourceUnavailableException e) {
            throw new IllegalStateException("the provider cannot list its calls", e);
        }
    }
}
