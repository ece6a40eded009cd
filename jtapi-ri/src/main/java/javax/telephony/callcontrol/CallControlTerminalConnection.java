package javax.telephony.callcontrol;

import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.PrivilegeViolationException;
import javax.telephony.ResourceUnavailableException;
import javax.telephony.TerminalConnection;

/** A terminal connection with hold, join and leave. */
public interface CallControlTerminalConnection extends TerminalConnection {
    int IDLE = 96;
    int RINGING = 97;
    int TALKING = 98;
    int HELD = 99;
    int BRIDGED = 100;
    int INUSE = 101;
    int DROPPED = 102;
    int UNKNOWN = 103;

    int getCallControlState();

    void hold() throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException,
            ResourceUnavailableException;

    void unhold() throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException,
            ResourceUnavailableException;

    void join() throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException,
            ResourceUnavailableException;

    void leave() throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException,
            ResourceUnavailableException;
}
