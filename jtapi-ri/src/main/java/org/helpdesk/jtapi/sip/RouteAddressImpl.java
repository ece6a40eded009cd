package org.helpdesk.jtapi.sip;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.telephony.callcenter.RouteAddress;
import javax.telephony.callcenter.RouteCallback;
import javax.telephony.callcenter.RouteSession;
import javax.telephony.callcenter.events.RouteCallbackEndedEvent;

/** A route point: each inbound call opens a route session with the registered route callback. */
final class RouteAddressImpl extends AddressImpl implements RouteAddress {
    private static final Logger LOG = Logger.getLogger(RouteAddressImpl.class.getName());

    private final Listeners<RouteCallback> callbacks = new Listeners<>();
    private final Map<CallImpl, RouteSessionImpl> sessions = new ConcurrentHashMap<>();

    RouteAddressImpl(SipProviderImpl provider, String name) {
        super(provider, name);
    }

    /** Opens a session for an inbound call; without a callback the default route applies at once. */
    void open(CallImpl call, InboundFlow flow) {
        RouteCallback callback = callbacks.snapshot().stream().findFirst().orElse(null);
        if (callback == null) {
            flow.routeDefault();
            return;
        }
        RouteSessionImpl session = new RouteSessionImpl(this, call, flow, callback);
        sessions.put(call, session);
        session.start();
    }

    void close(CallImpl call) {
        RouteSessionImpl session = sessions.remove(call);
        if (session != null) {
            session.end();
        }
    }

    @Override
    public void registerRouteCallback(RouteCallback routeCallback) {
        callbacks.add(routeCallback);
    }

    @Override
    public void cancelRouteCallback(RouteCallback routeCallback) {
        callbacks.remove(routeCallback);
        RouteCallbackEndedEvent ended = () -> this;
        try {
            routeCallback.routeCallbackEndedEvent(ended);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Route callback failed", e);
        }
    }

    @Override
    public RouteCallback[] getRouteCallback() {
        return callbacks.toArray(new RouteCallback[0]);
    }

    @Override
    public RouteSession[] getActiveRouteSessions() {
        return sessions.isEmpty() ? null : sessions.values().toArray(new RouteSession[0]);
    }
}
