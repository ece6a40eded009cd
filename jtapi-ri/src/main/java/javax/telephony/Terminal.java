package javax.telephony;

import javax.telephony.capabilities.TerminalCapabilities;

/** A physical endpoint (here: a SIP user agent). */
@SuppressWarnings("deprecation")
public interface Terminal {
    String getName();

    Provider getProvider();

    Address[] getAddresses();

    TerminalConnection[] getTerminalConnections();

    void addObserver(TerminalObserver observer) throws ResourceUnavailableException, MethodNotSupportedException;

    TerminalObserver[] getObservers();

    void removeObserver(TerminalObserver observer);

    void addCallObserver(CallObserver observer) throws ResourceUnavailableException, MethodNotSupportedException;

    CallObserver[] getCallObservers();

    void removeCallObserver(CallObserver observer);

    void addTerminalListener(TerminalListener listener)
            throws ResourceUnavailableException, MethodNotSupportedException;

    TerminalListener[] getTerminalListeners();

    void removeTerminalListener(TerminalListener listener);

    void addCallListener(CallListener listener) throws ResourceUnavailableException, MethodNotSupportedException;

    CallListener[] getCallListeners();

    void removeCallListener(CallListener listener);

    TerminalCapabilities getCapabilities();

    /** @deprecated since JTAPI 1.2 */
    @Deprecated
    TerminalCapabilities getTerminalCapabilities(Terminal terminal, Address address)
            throws InvalidArgumentException, PlatformException;
}
