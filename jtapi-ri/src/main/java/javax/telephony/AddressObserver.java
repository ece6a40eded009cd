package javax.telephony;

import javax.telephony.events.AddrEv;

/**
 * The JTAPI 1.2 observer of a address.
 *
 * @deprecated since JTAPI 1.4, use the listener interfaces.
 */
@Deprecated
public interface AddressObserver {
    void addressChangedEvent(AddrEv[] eventList);
}
