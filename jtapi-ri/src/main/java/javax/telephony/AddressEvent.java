package javax.telephony;

/** An event about an address. */
public interface AddressEvent extends Event {
    int ADDRESS_EVENT_TRANSMISSION_ENDED = 100;

    Address getAddress();
}
