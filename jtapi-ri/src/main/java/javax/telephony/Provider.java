package javax.telephony;

import javax.telephony.capabilities.AddressCapabilities;
import javax.telephony.capabilities.CallCapabilities;
import javax.telephony.capabilities.ConnectionCapabilities;
import javax.telephony.capabilities.ProviderCapabilities;
import javax.telephony.capabilities.TerminalCapabilities;
import javax.telephony.capabilities.TerminalConnectionCapabilities;

/** A telephony service: it owns the addresses, terminals and calls of its domain. */
@SuppressWarnings("deprecation")
public interface Provider {
    int IN_SERVICE = 16;
    int OUT_OF_SERVICE = 17;
    int SHUTDOWN = 18;

    int getState();

    String getName();

    Call[] getCalls() throws ResourceUnavailableException;

    Address getAddress(String number) throws InvalidArgumentException;

    Address[] getAddresses() throws ResourceUnavailableException;

    Terminal[] getTerminals() throws ResourceUnavailableException;

    Terminal getTerminal(String name) throws InvalidArgumentException;

    void shutdown();

    Call createCall() throws ResourceUnavailableException, InvalidStateException, PrivilegeViolationException,
            MethodNotSupportedException;

    void addObserver(ProviderObserver observer) throws ResourceUnavailableException, MethodNotSupportedException;

    ProviderObserver[] getObservers();

    void removeObserver(ProviderObserver observer);

    void addProviderListener(ProviderListener listener)
            throws ResourceUnavailableException, MethodNotSupportedException;

    ProviderListener[] getProviderListeners();

    void removeProviderListener(ProviderListener listener);

    ProviderCapabilities getProviderCapabilities();

    CallCapabilities getCallCapabilities();

    AddressCapabilities getAddressCapabilities();

    TerminalCapabilities getTerminalCapabilities();

    ConnectionCapabilities getConnectionCapabilities();

    TerminalConnectionCapabilities getTerminalConnectionCapabilities();

    ProviderCapabilities getCapabilities();

    /** @deprecated since JTAPI 1.2 */
    @Deprecated
    ProviderCapabilities getProviderCapabilities(Terminal terminal) throws InvalidArgumentException,
            PlatformException;

    /** @deprecated since JTAPI 1.2 */
    @Deprecated
    CallCapabilities getCallCapabilities(Terminal terminal, Address address) throws InvalidArgumentException,
            PlatformException;

    /** @deprecated since JTAPI 1.2 */
    @Deprecated
    ConnectionCapabilities getConnectionCapabilities(Terminal terminal, Address address)
            throws InvalidArgumentException, PlatformException;

    /** @deprecated since JTAPI 1.2 */
    @Deprecated
    AddressCapabilities getAddressCapabilities(Terminal terminal) throws InvalidArgumentException,
            PlatformException;

    /** @deprecated since JTAPI 1.2 */
    @Deprecated
    TerminalConnectionCapabilities getTerminalConnectionCapabilities(Terminal terminal)
            throws InvalidArgumentException, PlatformException;

    /** @deprecated since JTAPI 1.2 */
    @Deprecated
    TerminalCapabilities getTerminalCapabilities(Terminal terminal) throws InvalidArgumentException,
            PlatformException;
}
