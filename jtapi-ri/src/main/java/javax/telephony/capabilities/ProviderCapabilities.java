package javax.telephony.capabilities;

/** What the provider can do with a Provider. */
public interface ProviderCapabilities {
    boolean isObservable();
}
