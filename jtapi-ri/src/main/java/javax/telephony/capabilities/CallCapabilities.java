package javax.telephony.capabilities;

/** What the provider can do with a Call. */
public interface CallCapabilities {
    boolean canConnect();

    boolean isObservable();
}
