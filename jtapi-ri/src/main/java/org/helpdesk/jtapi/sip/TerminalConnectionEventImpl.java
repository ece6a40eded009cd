package org.helpdesk.jtapi.sip;

import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlTerminalConnectionEvent;

/** A terminal connection state change, in the core and in the call-control model. */
final class TerminalConnectionEventImpl extends CallEventImpl implements CallControlTerminalConnectionEvent {
    private final TerminalConnectionImpl terminalConnection;

    TerminalConnectionEventImpl(int id, TerminalConnectionImpl terminalConnection, SipCause cause) {
        super(id, terminalConnection.connection().call(), cause, terminalConnection);
        this.terminalConnection = terminalConnection;
    }

    @Override
    public TerminalConnection getTerminalConnection() {
        return terminalConnection;
    }
}
