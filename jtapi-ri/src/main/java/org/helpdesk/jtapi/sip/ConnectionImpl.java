package org.helpdesk.jtapi.sip;

import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.ConnectionEvent;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.Terminal;
import javax.telephony.TerminalConnection;
import javax.telephony.TerminalConnectionEvent;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlConnectionEvent;
import javax.telephony.capabilities.ConnectionCapabilities;

/** One party of a call: in SIP terms one dialog leg from the controller to a phone or to the trunk. */
final class ConnectionImpl implements CallControlConnection {
    private final CallImpl call;
    private final AddressImpl address;
    private volatile int state = Connection.IDLE;
    private volatile TerminalConnectionImpl terminalConnection;

    ConnectionImpl(CallImpl call, AddressImpl address) {
        this.call = call;
        this.address = address;
    }

    CallImpl call() {
        return call;
    }

    AddressImpl address() {
        return address;
    }

    /** Attaches the phone (terminal) this connection rings; the customer on the trunk has none. */
    void attach(TerminalImpl terminal) {
        if (terminal != null && terminalConnection == null) {
            terminalConnection = new TerminalConnectionImpl(this, terminal);
            terminal.attach(terminalConnection);
            call.fire(new TerminalConnectionEventImpl(TerminalConnectionEvent.TERMINAL_CONNECTION_CREATED,
                    terminalConnection, SipCause.NORMAL));
        }
    }

    /** Moves to {@code next} and fires the matching events; ignored once the connection has ended. */
    void moveTo(int next, SipCause cause) {
        if (isEnded() || state == next) {
            return;
        }
        state = next;
        call.fire(new ConnectionEventImpl(coreEvent(next), this, cause));
        int callControl = callControlEvent(next);
        if (callControl > 0) {
            call.fire(new ConnectionEventImpl(callControl, this, cause));
        }
        TerminalConnectionImpl tc = terminalConnection;
        if (tc != null) {
            tc.follow(next, cause);
        }
        if (isEnded()) {
            address.detach(this);
        }
    }

    boolean isEnded() {
        return state == Connection.DISCONNECTED || state == Connection.FAILED;
    }

    @Override
    public int getState() {
        return state;
    }

    @Override
    public int getCallControlState() {
        switch (state) {
            case Connection.IDLE: return CallControlConnection.IDLE;
            case Connection.INPROGRESS: return CallControlConnection.INITIATED;
            case Connection.ALERTING: return CallControlConnection.ALERTING;
            case Connection.CONNECTED: return CallControlConnection.ESTABLISHED;
            case Connection.DISCONNECTED: return CallControlConnection.DISCONNECTED;
            case Connection.FAILED: return CallControlConnection.FAILED;
            default: return CallControlConnection.UNKNOWN;
        }
    }

    @Override
    public Call getCall() {
        return call;
    }

    @Override
    public Address getAddress() {
        return address;
    }

    @Override
    public TerminalConnection[] getTerminalConnections() {
        TerminalConnectionImpl tc = terminalConnection;
        return tc == null ? null : new TerminalConnection[] {tc};
    }

    @Override
    public void disconnect() throws InvalidStateException {
        if (isEnded() || state == Connection.IDLE) {
            throw new InvalidStateException(this, InvalidStateException.CONNECTION_OBJECT, state,
                    "Connection is not in progress, alerting or connected");
        }
        call.disconnect(this);
    }

    @Override
    public ConnectionCapabilities getCapabilities() {
        return Capabilities.INSTANCE;
    }

    @Override
    @Deprecated
    public ConnectionCapabilities getConnectionCapabilities(Terminal terminal, Address address) {
        return Capabilities.INSTANCE;
    }

    @Override
    public void accept() throws MethodNotSupportedException {
        throw new MethodNotSupportedException("accept: the phone answers, not the controller");
    }

    @Override
    public void reject() throws MethodNotSupportedException {
        throw new MethodNotSupportedException("reject is not implemented yet");
    }

    @Override
    public Connection redirect(String destinationAddress) throws MethodNotSupportedException {
        throw new MethodNotSupportedException("redirect is not implemented yet");
    }

    @Override
    public void addToAddress(String additionalDigits) throws MethodNotSupportedException {
        throw new MethodNotSupportedException("SIP dials complete numbers");
    }

    @Override
    public Connection park(String destinationAddress) throws MethodNotSupportedException {
        throw new MethodNotSupportedException("park is not implemented");
    }

    @Override
    public String toString() {
        return "Connection[" + address.getName() + ", state=" + state + "]";
    }

    private static int coreEvent(int state) {
        switch (state) {
            case Connection.INPROGRESS: return ConnectionEvent.CONNECTION_IN_PROGRESS;
            case Connection.ALERTING: return ConnectionEvent.CONNECTION_ALERTING;
            case Connection.CONNECTED: return ConnectionEvent.CONNECTION_CONNECTED;
            case Connection.DISCONNECTED: return ConnectionEvent.CONNECTION_DISCONNECTED;
            case Connection.FAILED: return ConnectionEvent.CONNECTION_FAILED;
            default: return ConnectionEvent.CONNECTION_UNKNOWN;
        }
    }

    private static int callControlEvent(int state) {
        switch (state) {
            case Connection.INPROGRESS: return CallControlConnectionEvent.CALLCTL_CONNECTION_INITIATED;
            case Connection.ALERTING: return CallControlConnectionEvent.CALLCTL_CONNECTION_ALERTING;
            case Connection.CONNECTED: return CallControlConnectionEvent.CALLCTL_CONNECTION_ESTABLISHED;
            case Connection.DISCONNECTED: return CallControlConnectionEvent.CALLCTL_CONNECTION_DISCONNECTED;
            case Connection.FAILED: return CallControlConnectionEvent.CALLCTL_CONNECTION_FAILED;
            default: return -1;
        }
    }
}
