package org.helpdesk.jtapi.sip;

import javax.telephony.Address;
import javax.telephony.Connection;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.Terminal;
import javax.telephony.TerminalConnection;
import javax.telephony.TerminalConnectionEvent;
import javax.telephony.capabilities.TerminalConnectionCapabilities;

/** The phone's side of a connection: ringing, active (off hook) or dropped. */
final class TerminalConnectionImpl implements TerminalConnection {
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
                moveTo(TerminalConnection.RINGING, TerminalConnectionEvent.TERMINAL_CONNECTION_RINGING, cause);
                break;
            case Connection.CONNECTED:
                moveTo(TerminalConnection.ACTIVE, TerminalConnectionEvent.TERMINAL_CONNECTION_ACTIVE, cause);
                break;
            case Connection.DISCONNECTED:
            case Connection.FAILED:
                moveTo(TerminalConnection.DROPPED, TerminalConnectionEvent.TERMINAL_CONNECTION_DROPPED, cause);
                terminal.detach(this);
                break;
            default:
                break;
        }
    }

    private void moveTo(int next, int eventId, SipCause cause) {
        if (state != next && state != TerminalConnection.DROPPED) {
            state = next;
            connection.call().fire(new TerminalConnectionEventImpl(eventId, this, cause));
        }
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
