package org.helpdesk.jtapi.sip;

import javax.telephony.Address;
import javax.telephony.Connection;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.Terminal;
import javax.telephony.TerminalConnection;
import javax.telephony.TerminalConnectionEvent;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import javax.telephony.callcontrol.CallControlTerminalConnectionEvent;
import javax.telephony.capabilities.TerminalConnectionCapabilities;

/** The phone's side of a connection: ringing, active (off hook) or dropped. */
final class TerminalConnectionImpl implements CallControlTerminalConnection {
    private final ConnectionImpl connection;
    private final TerminalImpl terminal;
    private volatile int state = TerminalConnection.IDLE;

    TerminalConnectionImpl(ConnectionImpl connection, TerminalImpl terminal) {
        this.connection = connection;
        this.terminal = terminal;
    }

    ConnectionImpl connection() {
        return connection;
    }

    /** Follows its connection's state. */
    void follow(int connectionState, SipCause cause) {
        switch (connectionState) {
            case Connection.ALERTING:
                moveTo(TerminalConnection.RINGING, TerminalConnectionEvent.TERMINAL_CONNECTION_RINGING,
                        CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_RINGING, cause);
                break;
            case Connection.CONNECTED:
                moveTo(TerminalConnection.ACTIVE, TerminalConnectionEvent.TERMINAL_CONNECTION_ACTIVE,
                        CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_TALKING, cause);
                break;
            case Connection.DISCONNECTED:
            case Connection.FAILED:
                moveTo(TerminalConnection.DROPPED, TerminalConnectionEvent.TERMINAL_CONNECTION_DROPPED,
                        CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_DROPPED, cause);
                terminal.detach(this);
                break;
            default:
                break;
        }
    }

    private void moveTo(int next, int eventId, int callControlEventId, SipCause cause) {
        if (state != next && state != TerminalConnection.DROPPED) {
            state = next;
            connection.call().fire(new TerminalConnectionEventImpl(eventId, this, cause));
            connection.call().fire(new TerminalConnectionEventImpl(callControlEventId, this, cause));
        }
    }

    @Override
    public int getCallControlState() {
        switch (state) {
            case TerminalConnection.RINGING: return CallControlTerminalConnection.RINGING;
            case TerminalConnection.ACTIVE: return CallControlTerminalConnection.TALKING;
            case TerminalConnection.DROPPED: return CallControlTerminalConnection.DROPPED;
            case TerminalConnection.IDLE: return CallControlTerminalConnection.IDLE;
            default: return CallControlTerminalConnection.UNKNOWN;
        }
    }

    @Override
    public void hold() throws MethodNotSupportedException {
        throw new MethodNotSupportedException("hold is not implemented yet");
    }

    @Override
    public void unhold() throws MethodNotSupportedException {
        throw new MethodNotSupportedException("unhold is not implemented yet");
    }

    @Override
    public void join() throws MethodNotSupportedException {
        throw new MethodNotSupportedException("bridging is not implemented");
    }

    @Override
    public void leave() throws MethodNotSupportedException {
        throw new MethodNotSupportedException("bridging is not implemented");
    }

    @Override
    public int getState() {
        return state;
    }

    @Override
    public Terminal getTerminal() {
        return terminal;
    }

    @Override
    public Connection getConnection() {
        return connection;
    }

    @Override
    public void answer() throws MethodNotSupportedException {
        throw new MethodNotSupportedException("A SIP phone is answered by its user");
    }

    @Override
    public TerminalConnectionCapabilities getCapabilities() {
        return Capabilities.INSTANCE;
    }

    @Override
    @Deprecated
    public TerminalConnectionCapabilities getTerminalConnectionCapabilities(Terminal terminal, Address address) {
        return Capabilities.INSTANCE;
    }
}
