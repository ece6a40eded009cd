package org.helpdesk.jtapi.sip;

import javax.telephony.TerminalConnection;
import javax.telephony.TerminalConnectionEvent;

/** A terminal connection state change. */
final class TerminalConnectionEventImpl extends CallEventImpl implements TerminalConnectionEvent {
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
