package org.helpdesk.jtapi.sip;

import java.util.function.Consumer;
import java.util.logging.Logger;
import javax.sip.message.Response;
import javax.telephony.Connection;

/**
 * Third-party call control after RFC 3725 flow III. The controller calls the first phone without SDP, takes its
 * offer and parks it with a black-hole answer, then calls the second phone without SDP; the second phone's offer
 * goes to the first phone in a re-INVITE, and its answer back to the second phone in the ACK. Media then flows
 * phone to phone. Agent first ({@code Call.connect}): the agent is first. Customer first
 * ({@code connectPredictive}): the customer is first, called with a distinctive Alert-Info.
 */
final class ThirdPartyFlow implements CallFlow, LegListener {
    private static final Logger LOG = Logger.getLogger(ThirdPartyFlow.class.getName());

    /** Finds the second party once the first has answered (at once, or when an ACD agent is free). */
    interface Resolver {
        void resolve(Consumer<Destination> ready);
    }

    private final CallImpl call;
    private final Resolver resolver;
    private final String alertInfo;
    private final java.time.Duration firstRingTime;
    private volatile Destination first;
    private volatile Destination second;
    private Leg firstLeg;
    private Leg secondLeg;
    private Leg releasing;
    private volatile boolean finished;

    ThirdPartyFlow(CallImpl call, Destination first, String alertInfo, Resolver resolver) {
        this(call, first, alertInfo, call.provider().config().ringTimeout(), resolver);
    }

    ThirdPartyFlow(CallImpl call, Destination first, String alertInfo, java.time.Duration firstRingTime,
            Resolver resolver) {
        this.call = call;
        this.first = first;
        this.alertInfo = alertInfo;
        this.firstRingTime = firstRingTime;
        this.resolver = resolver;
    }

    @Override
    public void start() {
        firstLeg = call.newLeg(this);
        first.connection.attach(first.terminal);
        first.connection.moveTo(Connection.INPROGRESS, SipCause.NORMAL);
        firstLeg.invite(first.uri, null, alertInfo, firstRingTime);
    }

    @Override
    public void ringing(Leg leg) {
        connectionOf(leg).moveTo(Connection.ALERTING, SipCause.NORMAL);
    }

    @Override
    public void answered(Leg leg, String offer) {
        if (leg == firstLeg) {
            if (offer == null) {
                LOG.warning("First phone answered without an SDP offer");
                leg.hangUp(Response.NOT_ACCEPTABLE_HERE);
                failed(leg, SipCause.INCOMPATIBLE);
                return;
            }
            leg.ack(Sdp.blackHole(offer));
            first.connection.moveTo(Connection.CONNECTED, SipCause.NORMAL);
            resolver.resolve(this::callSecond);
        } else if (leg == secondLeg) {
            if (offer == null) {
                leg.hangUp(Response.NOT_ACCEPTABLE_HERE);
                failed(leg, SipCause.INCOMPATIBLE);
                return;
            }
            firstLeg.reinvite(offer);
        }
    }

    private void callSecond(Destination destination) {
        if (finished) {
            if (destination.agent != null) {
                destination.agent.release();
            }
            return;
        }
        second = destination;
        secondLeg = call.newLeg(this);
        second.connection.attach(second.terminal);
        second.connection.moveTo(Connection.INPROGRESS, SipCause.NORMAL);
        secondLeg.invite(second.uri, null, null);
    }

    @Override
    public void reinviteAnswered(Leg leg, String answer) {
        if (leg != firstLeg || secondLeg == null) {
            leg.ack(null);
            return;
        }
        firstLeg.ack(null);
        secondLeg.ack(answer);
        second.connection.moveTo(Connection.CONNECTED, SipCause.NORMAL);
    }

    @Override
    public void failed(Leg leg, SipCause cause) {
        if (leg == releasing) {
            return;
        }
        connectionOf(leg).moveTo(Connection.FAILED, cause);
        releaseAll(cause);
    }

    @Override
    public void hungUp(Leg leg, SipCause cause) {
        if (leg == releasing) {
            return;
        }
        connectionOf(leg).moveTo(Connection.DISCONNECTED, cause);
        releaseAll(cause);
    }

    @Override
    public void disconnect(ConnectionImpl connection) {
        Leg leg = connection == first.connection ? firstLeg : secondLeg;
        if (leg != null) {
            leg.hangUp(Response.REQUEST_TERMINATED);
        }
        connection.moveTo(Connection.DISCONNECTED, SipCause.NORMAL);
        releaseAll(SipCause.NORMAL);
    }

    @Override
    public boolean canTransfer() {
        Destination current = second;
        return !finished && current != null && current.connection.getState() == Connection.CONNECTED
                && first.connection.getState() == Connection.CONNECTED;
    }

    @Override
    public void transfer(Destination target) {
        if (!canTransfer()) {
            target.connection.moveTo(Connection.FAILED, SipCause.UNKNOWN);
            return;
        }
        boolean agentIsFirst = first.terminal != null;
        Destination kept = agentIsFirst ? second : first;
        Leg keptLeg = agentIsFirst ? secondLeg : firstLeg;
        Destination gone = agentIsFirst ? first : second;
        releasing = agentIsFirst ? firstLeg : secondLeg;
        releasing.hangUp(Response.REQUEST_TERMINATED);
        gone.connection.moveTo(Connection.DISCONNECTED, SipCause.TRANSFERRED);
        releaseAgent(gone);
        first = kept;
        firstLeg = keptLeg;
        callSecond(target);
    }

    private void releaseAll(SipCause cause) {
        for (Leg leg : new Leg[] {firstLeg, secondLeg}) {
            if (leg != null && !leg.isEnded()) {
                leg.hangUp(Response.REQUEST_TERMINATED);
            }
        }
        for (Destination party : new Destination[] {first, second}) {
            if (party != null) {
                party.connection.moveTo(Connection.DISCONNECTED, cause);
                releaseAgent(party);
            }
        }
        call.disconnectRemaining(cause);
        finish();
    }

    private void releaseAgent(Destination party) {
        if (party.agent != null) {
            party.agent.release();
        }
    }

    private void finish() {
        if (!finished) {
            finished = true;
            call.ended();
        }
    }

    private ConnectionImpl connectionOf(Leg leg) {
        return leg == firstLeg ? first.connection : second.connection;
    }
}
