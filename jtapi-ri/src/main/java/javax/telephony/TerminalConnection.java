package javax.telephony;

import javax.telephony.capabilities.TerminalConnectionCapabilities;

/** The relationship between a connection and a terminal. */
public interface TerminalConnection {
    int IDLE = 64;
    int RINGING = 65;
    int PASSIVE = 66;
    int ACTIVE = 67;
    int DROPPED = 68;
    int UNKNOWN = 69;

    int getState();

    Terminal getTerminal();

    Connection getConnection();

    void answer() throws PrivilegeViolationException, ResourceUnavailableException, MethodNotSupportedException,
            InvalidStateException;

    TerminalConnectionCapabilities getCapabilities();

    /** @deprecated since JTAPI 1.2 */
    @Deprecated
    TerminalConnectionCapabilities getTerminalConnectionCapabilities(Terminal terminal, Address address)
            throws InvalidArgumentException, PlatformException;
}
