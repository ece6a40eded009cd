package javax.telephony.capabilities;

/** What the provider can do with a Connection. */
public interface ConnectionCapabilities {
    boolean canDisconnect();
}
