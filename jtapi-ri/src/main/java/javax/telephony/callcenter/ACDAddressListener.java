package javax.telephony.callcenter;

import javax.telephony.AddressListener;

/** Receives agent state changes on an ACD address. */
public interface ACDAddressListener extends AddressListener {
    void acdAddressBusy(ACDAddressEvent event);

    void acdAddressLoggedOff(ACDAddressEvent event);

    void acdAddressLoggedOn(ACDAddressEvent event);

    void acdAddressNotReady(ACDAddressEvent event);

    void acdAddressReady(ACDAddressEvent event);

    void acdAddressUnknown(ACDAddressEvent event);

    void acdAddressWorkNotReady(ACDAddressEvent event);

    void acdAddressWorkReady(ACDAddressEvent event);
}
