package org.helpdesk.cti;

import java.time.Clock;
import java.util.function.Consumer;
import javax.telephony.CallEvent;
import javax.telephony.ConnectionEvent;
import org.helpdesk.dialer.CallProgress;
import org.helpdesk.dialer.CallProgress.Step;
import org.helpdesk.dialer.CallRef;
import org.helpdesk.dialer.EndCause;
import org.helpdesk.dialer.EndCause.Party;

/**
 * Listens to one call and says what happened in the dialer's words: whose phone rings or answers (the agent's is
 * the connection at the agent's extension; any other is the customer's), and, when the call is over, why it ended:
 * the first failure of a party, else a normal end after a conversation. Only translates and hands on.
 */
final class CallTranslator extends CallEventsAdapter {

    private final CallRef ref;
    private final String agentExtension;
    private final boolean incoming;
    private final Consumer<CallProgress> out;
    private final Clock clock;

    private boolean agentAlerted;
    private boolean customerAlerted;
    private boolean agentConnected;
    private boolean customerConnected;
    private EndCause firstFailure;
    private boolean ended;

    CallTranslator(CallRef ref, String agentExtension, boolean incoming, Consumer<CallProgress> out, Clock clock) {
        this.ref = ref;
        this.agentExtension = agentExtension;
        this.incoming = incoming;
        this.out = out;
        this.clock = clock;
    }

    CallRef ref() {
        return ref;
    }

    private Party party(ConnectionEvent event) {
        return agentExtension.equals(event.getConnection().getAddress().getName()) ? Party.AGENT : Party.CUSTOMER;
    }

    private void emit(Step step) {
        out.accept(CallProgress.of(ref, step, clock.instant()));
    }

    @Override
    public synchronized void connectionAlerting(ConnectionEvent event) {
        alerting(party(event));
    }

    /** Once per party: the screen-pop hangs on the agent's phone ringing. */
    private void alerting(Party party) {
        if (party == Party.AGENT && !agentAlerted) {
            agentAlerted = true;
            emit(Step.AGENT_ALERTING);
        } else if (party == Party.CUSTOMER && !customerAlerted) {
            customerAlerted = true;
            emit(Step.CUSTOMER_ALERTING);
        }
    }

    @Override
    public synchronized void connectionConnected(ConnectionEvent event) {
        Party party = party(event);
        // a phone that answers at once (or whose 180 is overtaken by its 200) still rang first
        alerting(party);
        if (party == Party.AGENT && !agentConnected) {
            agentConnected = true;
            emit(Step.AGENT_CONNECTED);
        } else if (party == Party.CUSTOMER && !customerConnected) {
            customerConnected = true;
            emit(Step.CUSTOMER_CONNECTED);
        }
    }

    @Override
    public synchronized void connectionFailed(ConnectionEvent event) {
        if (firstFailure == null) {
            firstFailure = EndCause.of(party(event), JtapiCauses.failure(event));
        }
    }

    @Override
    public synchronized void callInvalid(CallEvent event) {
        if (ended) {
            return;
        }
        ended = true;
        out.accept(CallProgress.ended(ref, endCause(), clock.instant()));
    }

    private EndCause endCause() {
        if (firstFailure != null) {
            return firstFailure;
        }
        if (incoming) {
            return agentConnected ? EndCause.HUNG_UP : EndCause.CUSTOMER_ABANDONED;
        }
        if (agentConnected && customerConnected) {
            return EndCause.HUNG_UP;
        }
        // released without a failure before both answered: whoever did answer gave up on the other
        return agentConnected ? EndCause.CUSTOMER_NO_ANSWER : EndCause.AGENT_NO_ANSWER;
    }

    /** Some implementations end a call's events without making it invalid first. */
    @Override
    public void callEventTransmissionEnded(CallEvent event) {
        callInvalid(event);
    }
}
