package javax.telephony.events;

import javax.telephony.Address;

/**
 * A JTAPI 1.2 observer event about a address.
 *
 * @deprecated since JTAPI 1.4, use the listener events.
 */
@Deprecated
public interface AddrEv extends Ev {
    Address getAddress();
}
