package javax.telephony;

import javax.telephony.capabilities.CallCapabilities;

/** A telephone call: a set of connections between addresses. */
@SuppressWarnings("deprecation")
public interface Call {
    int IDLE = 32;
    int ACTIVE = 33;
    int INVALID = 34;

    Connection[] getConnections();

    Provider getProvider();

    int getState();

    Connection[] connect(Terminal origterm, Address origaddr, String dialedDigits)
            throws ResourceUnavailableException, PrivilegeViolationException, InvalidPartyException,
            InvalidArgumentException, InvalidStateException, MethodNotSupportedException;

    void addObserver(CallObserver observer) throws ResourceUnavailableException, MethodNotSupportedException;

    CallObserver[] getObservers();

    void removeObserver(CallObserver observer);

    void addCallListener(CallListener listener) throws ResourceUnavailableException, MethodNotSupportedException;

    CallListener[] getCallListeners();

    void removeCallListener(CallListener listener);

    CallCapabilities getCapabilities(Terminal terminal, Address address) throws InvalidArgumentException;

    /** @deprecated since JTAPI 1.2 */
    @Deprecated
    CallCapabilities getCallCapabilities(Terminal term, Address addr) throws InvalidArgumentException,
            PlatformException;
}
