package javax.telephony.capabilities;

/** What the provider can do with a TerminalConnection. */
public interface TerminalConnectionCapabilities {
    boolean canAnswer();
}
