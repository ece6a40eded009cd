package javax.telephony;

import javax.telephony.capabilities.ConnectionCapabilities;

/** The relationship between a call and an address (here: one SIP dialog leg). */
public interface Connection {
    int IDLE = 48;
    int INPROGRESS = 49;
    int ALERTING = 50;
    int CONNECTED = 51;
    int DISCONNECTED = 52;
    int FAILED = 53;
    int UNKNOWN = 54;

    int getState();

    Call getCall();

    Address getAddress();

    TerminalConnection[] getTerminalConnections();

    void disconnect() throws PrivilegeViolationException, ResourceUnavailableException,
            MethodNotSupportedException, InvalidStateException;

    ConnectionCapabilities getCapabilities();

    /** @deprecated since JTAPI 1.2 */
    @Deprecated
    ConnectionCapabilities getConnectionCapabilities(Terminal terminal, Address address)
            throws InvalidArgumentException, PlatformException;
}
