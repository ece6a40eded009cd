package javax.telephony;

/** The requested JtapiPeer class could not be loaded or instantiated. */
public class JtapiPeerUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    public JtapiPeerUnavailableException() {
        super();
    }

    public JtapiPeerUnavailableException(String s) {
        super(s);
    }
}
