package javax.telephony.capabilities;

/** What the provider can do with a Terminal. */
public interface TerminalCapabilities {
    boolean isObservable();
}
