package org.helpdesk.jtapi.sip;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.message.Response;
import javax.telephony.Address;
import javax.telephony.Terminal;
import javax.telephony.callcenter.RouteAddress;
import javax.telephony.callcenter.RouteCallback;
import javax.telephony.callcenter.RouteSession;
import javax.telephony.callcenter.events.RouteEndEvent;
import javax.telephony.callcenter.events.RouteEvent;
import javax.telephony.callcenter.events.RouteUsedEvent;
import javax.telephony.privatedata.PrivateData;

/**
 * The routing dialogue for one inbound call: a {@link RouteEvent} to the callback, which answers with
 * {@link #selectRoute} or {@link #endRoute}. Without an answer within {@code routeTimeout} the default route
 * applies. Callback methods run on the call's event executor. Its private data tells the callback what JTAPI cannot:
 * whether the caller ID is verified, and where the call came from ({@link RouteSessionData}).
 */
final class RouteSessionImpl implements RouteSession, PrivateData {
    private static final Logger LOG = Logger.getLogger(RouteSessionImpl.class.getName());

    private final RouteAddressImpl address;
    private final CallImpl call;
    private final InboundFlow flow;
    private final RouteCallback callback;
    private volatile int state = RouteSession.ROUTE;
    private volatile int cause = RouteSession.CAUSE_NO_ERROR;
    private Timers.Handle timer;

    RouteSessionImpl(RouteAddressImpl address, CallImpl call, InboundFlow flow, RouteCallback callback) {
        this.address = address;
        this.call = call;
        this.flow = flow;
        this.callback = callback;
    }

    void start() {
        timer = call.provider().timers().after(call.provider().config().routeTimeout(), call::execute, this::expired);
        Address caller = call.getCallingAddress();
        RouteEvent event = new RouteEvent() {
            @Override public RouteSession getRouteSession() { return RouteSessionImpl.this; }
            @Override public RouteAddress getCurrentRouteAddress() { return address; }
            @Override public Address getCallingAddress() { return caller; }
            @Override public Terminal getCallingTerminal() { return null; }
            @Override public int getRouteSelectAlgorithm() { return RouteEvent.SELECT_NORMAL; }
            @Override public String getSetupInformation() { return null; }
        };
        notify(() -> callback.routeEvent(event));
    }

    @Override
    public void selectRoute(String[] routeSelected) {
        call.execute(() -> {
            if (state != RouteSession.ROUTE) {
                return;
            }
            timer.cancel();
            if (routeSelected == null || routeSelected.length == 0) {
                cause = RouteSession.CAUSE_INVALID_DESTINATION;
                flow.routeDefault();
                return;
            }
            state = RouteSession.ROUTE_USED;
            Address caller = call.getCallingAddress();
            RouteUsedEvent used = new RouteUsedEvent() {
                @Override public RouteSession getRouteSession() { return RouteSessionImpl.this; }
                @Override public Terminal getRouteUsed() { return terminal(routeSelected[0]); }
                @Override public Terminal getCallingTerminal() { return null; }
                @Override public Address getCallingAddress() { return caller; }
                @Override public boolean getDomain() { return true; }
            };
            notify(() -> callback.routeUsedEvent(used));
            flow.route(routeSelected[0]);
        });
    }

    @Override
    public void endRoute(int errorValue) {
        call.execute(() -> {
            if (state == RouteSession.ROUTE) {
                timer.cancel();
                flow.reject(errorValue == RouteSession.ERROR_RESOURCE_BUSY ? Response.BUSY_HERE
                        : Response.TEMPORARILY_UNAVAILABLE, SipCause.BUSY);
            }
        });
    }

    /** The call ended: the session ends too. */
    void end() {
        if (state != RouteSession.ROUTE_END) {
            state = RouteSession.ROUTE_END;
            if (timer != null) {
                timer.cancel();
            }
            RouteEndEvent ended = () -> this;
            notify(() -> callback.routeEndEvent(ended));
        }
    }

    private void expired() {
        if (state == RouteSession.ROUTE) {
            cause = RouteSession.CAUSE_ROUTING_TIMER_EXPIRED;
            LOG.info(() -> "No route for " + call + " in time: default route");
            flow.routeDefault();
        }
    }

    private Terminal terminal(String name) {
        return call.provider().terminalFor(name);
    }

    private void notify(Runnable delivery) {
        call.deliver(() -> {
            try {
                delivery.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Route callback failed", e);
            }
        });
    }

    /** A map with the {@link RouteSessionData} keys. */
    @Override
    public Object getPrivateData() {
        InboundFlow.Caller caller = flow.caller();
        return Map.of(RouteSessionData.CALLER_ID_VERIFIED, caller.id().verified(),
                RouteSessionData.SOURCE, caller.source() == null ? "" : caller.source().getHostAddress());
    }

    /** Nothing to send: the session takes no private data. */
    @Override
    public Object sendPrivateData(Object data) {
        return null;
    }

    @Override
    public void setPrivateData(Object data) {
        // nothing to set: routing needs no more than selectRoute and endRoute say
    }

    @Override
    public RouteAddress getRouteAddress() {
        return address;
    }

    @Override
    public int getState() {
        return state;
    }

    @Override
    public int getCause() {
        return cause;
    }
}
