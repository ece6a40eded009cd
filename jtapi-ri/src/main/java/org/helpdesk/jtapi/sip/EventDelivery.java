package org.helpdesk.jtapi.sip;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.telephony.CallEvent;
import javax.telephony.CallListener;
import javax.telephony.ConnectionEvent;
import javax.telephony.ConnectionListener;
import javax.telephony.TerminalConnectionEvent;
import javax.telephony.TerminalConnectionListener;
import javax.telephony.callcenter.CallCenterCallEvent;
import javax.telephony.callcenter.CallCenterCallListener;
import javax.telephony.callcontrol.CallControlConnectionEvent;
import javax.telephony.callcontrol.CallControlConnectionListener;
import javax.telephony.callcontrol.CallControlTerminalConnectionEvent;
import javax.telephony.callcontrol.CallControlTerminalConnectionListener;

/**
 * Delivers one event to each listener through a dispatch table (event id to listener method). Each listener is
 * isolated: an exception is logged and the next listener still gets the event.
 */
final class EventDelivery {
    private static final Logger LOG = Logger.getLogger(EventDelivery.class.getName());

    private static final Map<Integer, BiConsumer<CallListener, CallEventImpl>> TABLE = Map.ofEntries(
            Map.entry(CallEvent.CALL_ACTIVE, CallListener::callActive),
            Map.entry(CallEvent.CALL_INVALID, CallListener::callInvalid),
            Map.entry(CallEvent.CALL_EVENT_TRANSMISSION_ENDED, CallListener::callEventTransmissionEnded),
            connection(ConnectionEvent.CONNECTION_CREATED, ConnectionListener::connectionCreated),
            connection(ConnectionEvent.CONNECTION_IN_PROGRESS, ConnectionListener::connectionInProgress),
            connection(ConnectionEvent.CONNECTION_ALERTING, ConnectionListener::connectionAlerting),
            connection(ConnectionEvent.CONNECTION_CONNECTED, ConnectionListener::connectionConnected),
            connection(ConnectionEvent.CONNECTION_DISCONNECTED, ConnectionListener::connectionDisconnected),
            connection(ConnectionEvent.CONNECTION_FAILED, ConnectionListener::connectionFailed),
            connection(ConnectionEvent.CONNECTION_UNKNOWN, ConnectionListener::connectionUnknown),
            callControl(CallControlConnectionEvent.CALLCTL_CONNECTION_INITIATED,
                    CallControlConnectionListener::connectionInitiated),
            callControl(CallControlConnectionEvent.CALLCTL_CONNECTION_ALERTING,
                    CallControlConnectionListener::connectionAlerting),
            callControl(CallControlConnectionEvent.CALLCTL_CONNECTION_ESTABLISHED,
                    CallControlConnectionListener::connectionEstablished),
            callControl(CallControlConnectionEvent.CALLCTL_CONNECTION_DISCONNECTED,
                    CallControlConnectionListener::connectionDisconnected),
            callControl(CallControlConnectionEvent.CALLCTL_CONNECTION_FAILED,
                    CallControlConnectionListener::connectionFailed),
            terminal(TerminalConnectionEvent.TERMINAL_CONNECTION_CREATED,
                    TerminalConnectionListener::terminalConnectionCreated),
            terminal(TerminalConnectionEvent.TERMINAL_CONNECTION_RINGING,
                    TerminalConnectionListener::terminalConnectionRinging),
            terminal(TerminalConnectionEvent.TERMINAL_CONNECTION_ACTIVE,
                    TerminalConnectionListener::terminalConnectionActive),
            terminal(TerminalConnectionEvent.TERMINAL_CONNECTION_DROPPED,
                    TerminalConnectionListener::terminalConnectionDropped),
            callControlTerminal(CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_RINGING,
                    CallControlTerminalConnectionListener::terminalConnectionRinging),
            callControlTerminal(CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_TALKING,
                    CallControlTerminalConnectionListener::terminalConnectionTalking),
            callControlTerminal(CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_DROPPED,
                    CallControlTerminalConnectionListener::terminalConnectionDropped),
            Map.entry(CallCenterCallEvent.CALLCENT_CALL_APPLICATION_DATA_EVENT, (listener, event) -> {
                if (listener instanceof CallCenterCallListener) {
                    ((CallCenterCallListener) listener).applicationData(event);
                }
            }));

    private EventDelivery() {
    }

    static void deliver(CallEventImpl event, List<CallListener> listeners) {
        BiConsumer<CallListener, CallEventImpl> method = TABLE.get(event.getID());
        if (method == null) {
            LOG.warning(() -> "No listener method for " + event);
            return;
        }
        for (CallListener listener : listeners) {
            try {
                method.accept(listener, event);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Listener " + listener + " failed on " + event, e);
            }
        }
    }

    private static Map.Entry<Integer, BiConsumer<CallListener, CallEventImpl>> connection(int id,
            BiConsumer<ConnectionListener, ConnectionEvent> method) {
        return Map.entry(id, (listener, event) -> {
            if (listener instanceof ConnectionListener) {
                method.accept((ConnectionListener) listener, (ConnectionEvent) event);
            }
        });
    }

    private static Map.Entry<Integer, BiConsumer<CallListener, CallEventImpl>> callControl(int id,
            BiConsumer<CallControlConnectionListener, CallControlConnectionEvent> method) {
        return Map.entry(id, (listener, event) -> {
            if (listener instanceof CallControlConnectionListener) {
                method.accept((CallControlConnectionListener) listener, (CallControlConnectionEvent) event);
            }
        });
    }

    private static Map.Entry<Integer, BiConsumer<CallListener, CallEventImpl>> callControlTerminal(int id,
            BiConsumer<CallControlTerminalConnectionListener, CallControlTerminalConnectionEvent> method) {
        return Map.entry(id, (listener, event) -> {
            if (listener instanceof CallControlTerminalConnectionListener) {
                method.accept((CallControlTerminalConnectionListener) listener,
                        (CallControlTerminalConnectionEvent) event);
            }
        });
    }

    private static Map.Entry<Integer, BiConsumer<CallListener, CallEventImpl>> terminal(int id,
            BiConsumer<TerminalConnectionListener, TerminalConnectionEvent> method) {
        return Map.entry(id, (listener, event) -> {
            if (listener instanceof TerminalConnectionListener) {
                method.accept((TerminalConnectionListener) listener, (TerminalConnectionEvent) event);
            }
        });
    }
}
