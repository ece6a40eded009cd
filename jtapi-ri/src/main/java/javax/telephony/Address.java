package javax.telephony;

import javax.telephony.capabilities.AddressCapabilities;

/** A telephone number (here: a SIP address of record). */
@SuppressWarnings("deprecation")
public interface Address {
    String getName();

    Provider getProvider();

    Terminal[] getTerminals();

    Connection[] getConnections();

    void addObserver(AddressObserver observer) throws ResourceUnavailableException, MethodNotSupportedException;

    AddressObserver[] getObservers();

    void removeObserver(AddressObserver observer);

    void addCallObserver(CallObserver observer) throws ResourceUnavailableException, MethodNotSupportedException;

    CallObserver[] getCallObservers();

    void removeCallObserver(CallObserver observer);

    void addAddressListener(AddressListener listener)
            throws ResourceUnavailableException, MethodNotSupportedException;

    AddressListener[] getAddressListeners();

    void removeAddressListener(AddressListener listener);

    void addCallListener(CallListener listener) throws ResourceUnavailableException, MethodNotSupportedException;

    CallListener[] getCallListeners();

    void removeCallListener(CallListener listener);

    AddressCapabilities getCapabilities();

    /** @deprecated since JTAPI 1.2 */
    @Deprecated
    AddressCapabilities getAddressCapabilities(Terminal terminal) throws InvalidArgumentException,
            PlatformException;
}
