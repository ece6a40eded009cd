package org.helpdesk.jtapi.sip;

import java.net.InetAddress;
import javax.sip.ServerTransaction;
import javax.sip.message.Request;
import javax.sip.message.Response;
import javax.telephony.Connection;
import javax.telephony.InvalidPartyException;

/**
 * An inbound caller routed to a phone. The controller relays the caller's offer to the chosen phone and the
 * phone's answer back (a signalling-only back-to-back user agent); CANCEL or BYE on either side ends both.
 */
final class InboundFlow implements CallFlow, LegListener {
    /** 182 Queued: the caller waits for an ACD agent. */
    private static final int QUEUED = 182;

    /** Who is calling: their address, their number and whether it is verified, and where the INVITE came from. */
    record Caller(AddressImpl address, CallerId id, InetAddress source) {
    }

    private final CallImpl call;
    private final Caller caller;
    private final AddressImpl target;
    private final Leg callerLeg;
    private final String offer;
    private final ConnectionImpl callerConnection;
    private final ConnectionImpl targetConnection;
    private Destination delivered;
    private Leg phoneLeg;
    private boolean finished;

    InboundFlow(CallImpl call, Caller caller, AddressImpl target, Request invite, ServerTransaction transaction) {
        this.call = call;
        this.caller = caller;
        this.target = target;
        this.offer = LegMessages.text(invite);
        this.callerLeg = call.newLeg(this);
        callerLeg.accept(invite, transaction);
        this.callerConnection = call.newConnection(caller.address());
        this.targetConnection = call.newConnection(target);
    }

    Caller caller() {
        return caller;
    }

    @Override
    public void start() {
        if (finished) {
            return;
        }
        callerConnection.moveTo(Connection.CONNECTED, SipCause.NORMAL);
        targetConnection.moveTo(Connection.ALERTING, SipCause.NORMAL);
        if (target instanceof RouteAddressImpl) {
            ((RouteAddressImpl) target).open(call, this);
        } else {
            route(target.getName());
        }
    }

    /** Sends the caller to {@code name}: a terminal's number, an ACD group, or a number behind the trunk. */
    void route(String name) {
        if (finished) {
            return;
        }
        SipProviderImpl provider = call.provider();
        AddressImpl local = provider.localAddress(name);
        if (local instanceof AcdAddressImpl) {
            AcdAddressImpl acd = (AcdAddressImpl) local;
            ConnectionImpl queued = local == target && !targetConnection.isEnded() ? targetConnection
                    : call.newConnection(acd);
            boolean handedOver = acd.offer(call, agent -> call.execute(() -> deliver(
                    new Destination(agent.terminal().uri(), queued, agent.terminal(), agent))));
            if (!handedOver) {
                callerLeg.provisional(QUEUED);
            }
            return;
        }
        TerminalImpl phone = provider.terminalFor(name);
        if (phone != null && local == target) {
            deliver(new Destination(phone.uri(), targetConnection, phone, null));
            return;
        }
        try {
            deliver(CallStarter.destination(call, name));
        } catch (InvalidPartyException e) {
            reject(Response.NOT_FOUND, SipCause.NOT_FOUND);
        }
    }

    /** The default route when the application did not answer in time: an address name, or busy. */
    void routeDefault() {
        String fallback = call.provider().config().routeDefault();
        if ("busy".equalsIgnoreCase(fallback)) {
            reject(Response.BUSY_HERE, SipCause.BUSY);
        } else {
            route(fallback);
        }
    }

    void reject(int status, SipCause cause) {
        callerLeg.hangUp(status);
        targetConnection.moveTo(Connection.FAILED, cause);
        releaseAll(cause);
    }

    private void deliver(Destination destination) {
        if (finished) {
            if (destination.agent != null) {
                destination.agent.release();
            }
            return;
        }
        delivered = destination;
        if (destination.connection != targetConnection) {
            targetConnection.moveTo(Connection.DISCONNECTED, SipCause.NORMAL);
        }
        phoneLeg = call.newLeg(this);
        destination.connection.attach(destination.terminal);
        destination.connection.moveTo(Connection.INPROGRESS, SipCause.NORMAL);
        phoneLeg.invite(destination.uri, offer, null);
    }

    @Override
    public void ringing(Leg leg) {
        if (leg == phoneLeg) {
            callerLeg.provisional(Response.RINGING);
            delivered.connection.moveTo(Connection.ALERTING, SipCause.NORMAL);
        }
    }

    @Override
    public void answered(Leg leg, String sdp) {
        if (leg != phoneLeg) {
            return;
        }
        if (offer != null) {
            phoneLeg.ack(null);
        }
        callerLeg.answer(sdp);
        delivered.connection.moveTo(Connection.CONNECTED, SipCause.NORMAL);
    }

    /** Late offer: the caller's INVITE had no SDP, so the phone's 2xx carried the offer and the ACK the answer. */
    @Override
    public void acked(Leg leg, String answer) {
        if (leg == callerLeg && offer == null && phoneLeg != null) {
            phoneLeg.ack(answer);
        }
    }

    @Override
    public void reinviteAnswered(Leg leg, String sdp) {
        leg.ack(null);
    }

    @Override
    public void failed(Leg leg, SipCause cause) {
        if (leg == phoneLeg && delivered.agent != null) {
            // the ACD agent did not take the call: not ready from now on, and the caller goes back to the queue
            AgentImpl missed = delivered.agent;
            delivered.connection.moveTo(Connection.FAILED, cause);
            missed.missedCall();
            delivered = null;
            phoneLeg = null;
            route(missed.getACDAddress().getName());
        } else if (leg == phoneLeg) {
            delivered.connection.moveTo(Connection.FAILED, cause);
            callerLeg.hangUp(statusFor(cause));
            releaseAll(cause);
        }
    }

    @Override
    public void hungUp(Leg leg, SipCause cause) {
        if (leg != callerLeg && leg != phoneLeg) {
            return;
        }
        (leg == callerLeg ? callerConnection : delivered.connection).moveTo(Connection.DISCONNECTED, cause);
        releaseAll(cause);
    }

    @Override
    public void disconnect(ConnectionImpl connection) {
        connection.moveTo(Connection.DISCONNECTED, SipCause.NORMAL);
        releaseAll(SipCause.NORMAL);
    }

    private void releaseAll(SipCause cause) {
        if (!callerLeg.isEnded()) {
            callerLeg.hangUp(Response.TEMPORARILY_UNAVAILABLE);
        }
        if (phoneLeg != null && !phoneLeg.isEnded()) {
            phoneLeg.hangUp(Response.REQUEST_TERMINATED);
        }
        if (delivered != null && delivered.agent != null) {
            delivered.agent.release();
        }
        call.disconnectRemaining(cause);
        if (!finished) {
            finished = true;
            if (target instanceof RouteAddressImpl) {
                ((RouteAddressImpl) target).close(call);
            }
            call.ended();
        }
    }

    private static int statusFor(SipCause cause) {
        switch (cause) {
            case BUSY: return Response.BUSY_HERE;
            case DECLINED: return Response.DECLINE;
            case NOT_FOUND: return Response.NOT_FOUND;
            default: return Response.TEMPORARILY_UNAVAILABLE;
        }
    }
}
