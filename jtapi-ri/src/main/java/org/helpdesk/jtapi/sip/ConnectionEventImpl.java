package org.helpdesk.jtapi.sip;

import javax.telephony.Connection;
import javax.telephony.callcontrol.CallControlConnectionEvent;

/** A connection state change, in the core and in the call-control model. */
final class ConnectionEventImpl extends CallEventImpl implements CallControlConnectionEvent {
    private final ConnectionImpl connection;

    ConnectionEventImpl(int id, ConnectionImpl connection, SipCause cause) {
        super(id, connection.call(), cause, connection);
        this.connection = connection;
    }

    @Override
    public Connection getConnection() {
        return connection;
    }

    @Override
    public String getDigits() {
        return null;
    }

    @Override
    public int getNumberInQueue() {
        return 0;
    }
}
