package javax.telephony.callcontrol;

import javax.telephony.Connection;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.PrivilegeViolationException;
import javax.telephony.ResourceUnavailableException;

/** A connection with the finer call-control states and operations. */
public interface CallControlConnection extends Connection {
    int IDLE = 80;
    int OFFERED = 81;
    /** @deprecated since JTAPI 1.3, use {@link #OFFERED} */
    @Deprecated
    int OFFERING = 81;
    int QUEUED = 82;
    int ALERTING = 83;
    int INITIATED = 84;
    int DIALING = 85;
    int NETWORK_REACHED = 86;
    int NETWORK_ALERTING = 87;
    int ESTABLISHED = 88;
    int DISCONNECTED = 89;
    int FAILED = 90;
    int UNKNOWN = 91;

    int getCallControlState();

    void accept() throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException,
            ResourceUnavailableException;

    void reject() throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException,
            ResourceUnavailableException;

    Connection redirect(String destinationAddress) throws InvalidStateException, InvalidPartyException,
            MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    void addToAddress(String additionalDigits) throws InvalidStateException, MethodNotSupportedException,
            PrivilegeViolationException, ResourceUnavailableException;

    Connection park(String destinationAddress) throws InvalidStateException, MethodNotSupportedException,
            PrivilegeViolationException, InvalidPartyException, ResourceUnavailableException;
}
