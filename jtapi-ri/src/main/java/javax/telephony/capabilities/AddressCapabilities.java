package javax.telephony.capabilities;

/** What the provider can do with a Address. */
public interface AddressCapabilities {
    boolean isObservable();
}
