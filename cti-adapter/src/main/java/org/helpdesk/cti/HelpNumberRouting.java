package org.helpdesk.cti;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.telephony.Call;
import javax.telephony.CallEvent;
import javax.telephony.Connection;
import javax.telephony.ConnectionEvent;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.ResourceUnavailableException;
import javax.telephony.callcenter.CallCenterCall;
import javax.telephony.callcenter.RouteCallback;
import javax.telephony.callcenter.RouteSession;
import javax.telephony.callcenter.events.ReRouteEvent;
import javax.telephony.callcenter.events.RouteCallbackEndedEvent;
import javax.telephony.callcenter.events.RouteEndEvent;
import javax.telephony.callcenter.events.RouteEvent;
import javax.telephony.callcenter.events.RouteUsedEvent;
import org.helpdesk.dialer.CallProgress;
import org.helpdesk.dialer.CallRef;
import org.helpdesk.dialer.IncomingCall;

/**
 * Calls to the help numbers (JTAPI route addresses): each route request becomes an {@link IncomingCall} for the
 * application, which answers with an agent's extension or sends the call to the overflow destination. Once routed,
 * the call's events are translated like a placed call's; they are recognised by the agent's extension, which the
 * routing told us, and the call is tagged with its reference from then on.
 */
final class HelpNumberRouting extends CallEventsAdapter implements RouteCallback {

    private static final Logger LOG = Logger.getLogger(HelpNumberRouting.class.getName());

    private final Consumer<IncomingCall> incoming;
    private final Consumer<CallProgress> progress;
    private final String overflow;
    private final CallerIdTrust trust;
    private final Clock clock;
    private final Map<String, RouteSession> sessions = new ConcurrentHashMap<>();
    /** Routed calls whose first event at the agent's phone has not come yet, by extension. */
    private final Map<String, CallRef> routedTo = new ConcurrentHashMap<>();
    private final Map<Call, CallTranslator> calls = new ConcurrentHashMap<>();

    /**
     * @param overflow where calls go when no agent can take them (an ACD group or a number); null: refused as busy
     * @param trust whether a caller ID can be believed
     */
    HelpNumberRouting(Consumer<IncomingCall> incoming, Consumer<CallProgress> progress, String overflow,
            CallerIdTrust trust, Clock clock) {
        this.incoming = incoming;
        this.progress = progress;
        this.overflow = overflow;
        this.trust = trust;
        this.clock = clock;
    }

    @Override
    public void routeEvent(RouteEvent event) {
        String key = UUID.randomUUID().toString();
        sessions.put(key, event.getRouteSession());
        String caller = event.getCallingAddress() == null ? "" : event.getCallingAddress().getName();
        incoming.accept(new IncomingCall(key, event.getCurrentRouteAddress().getName(), caller,
                trust.verified(event.getRouteSession())));
    }

    void route(IncomingCall call, String extension, CallRef ref) {
        RouteSession session = sessions.remove(call.key());
        if (session == null) {
            throw new IllegalStateException("the caller to " + call.helpNumber() + " is gone (route timed out)");
        }
        routedTo.put(extension, ref);
        select(session, extension);
    }

    void queue(IncomingCall call) {
        RouteSession session = sessions.remove(call.key());
        if (session == null) {
            return;
        }
        try {
            if (overflow == null) {
                session.endRoute(RouteSession.ERROR_RESOURCE_BUSY);
            } else {
                select(session, overflow);
            }
        } catch (MethodNotSupportedException e) {
            LOG.log(Level.WARNING, "Cannot refuse a call to " + call.helpNumber(), e);
        }
    }

    private static void select(RouteSession session, String destination) {
        try {
            session.selectRoute(new String[] {destination});
        } catch (MethodNotSupportedException e) {
            throw new IllegalStateException("the JTAPI implementation cannot route calls", e);
        }
    }

    /** The translator of a routed call, found at the first event that involves the agent's phone. */
    private CallTranslator translator(ConnectionEvent event) {
        Call call = event.getCall();
        CallTranslator known = calls.get(call);
        if (known != null) {
            return known;
        }
        for (Connection connection : call.getConnections() == null ? new Connection[0] : call.getConnections()) {
            String extension = connection.getAddress().getName();
            CallRef ref = routedTo.remove(extension);
            if (ref != null) {
                CallTranslator translator = new CallTranslator(ref, extension, true, progress, clock);
                calls.put(call, translator);
                tag(call, ref);
                return translator;
            }
        }
        return null;
    }

    /** The reference as application data, as on a placed call: the telephony finds it among the provider's calls. */
    private static void tag(Call call, CallRef ref) {
        if (call instanceof CallCenterCall tagged) {
            try {
                tagged.setApplicationData(ref.toString());
            } catch (InvalidStateException | MethodNotSupportedException | ResourceUnavailableException
                    | InvalidArgumentException e) {
                LOG.log(Level.FINE, "Cannot tag routed call " + ref, e);
            }
        }
    }

    @Override
    public void connectionAlerting(ConnectionEvent event) {
        CallTranslator translator = translator(event);
        if (translator != null) {
            translator.connectionAlerting(event);
        }
    }

    @Override
    public void connectionConnected(ConnectionEvent event) {
        CallTranslator translator = translator(event);
        if (translator != null) {
            translator.connectionConnected(event);
        }
    }

    @Override
    public void connectionFailed(ConnectionEvent event) {
        CallTranslator translator = translator(event);
        if (translator != null) {
            translator.connectionFailed(event);
        }
    }

    @Override
    public void callInvalid(CallEvent event) {
        CallTranslator translator = calls.remove(event.getCall());
        if (translator != null) {
            translator.callInvalid(event);
        }
    }

    @Override
    public void callEventTransmissionEnded(CallEvent event) {
        callInvalid(event);
    }

    @Override
    public void reRouteEvent(ReRouteEvent event) {
    }

    @Override
    public void routeUsedEvent(RouteUsedEvent event) {
    }

    @Override
    public void routeEndEvent(RouteEndEvent event) {
        sessions.values().remove(event.getRouteSession());
    }

    @Override
    public void routeCallbackEndedEvent(RouteCallbackEndedEvent event) {
    }
}
