import java.util.concurrent.ExecutorService;
import org.helpdesk.jtapi.sip.SipJtapiPeer;

/**
 * The peer {@code JtapiPeerFactory.getJtapiPeer(null)} loads: the SIP reference implementation. A deployment that
 * uses a vendor's JTAPI jar instead removes this module, and the vendor's DefaultJtapiPeer takes its place.
 */
public class DefaultJtapiPeer extends SipJtapiPeer {
    public DefaultJtapiPeer() {
        super();
    }

    public DefaultJtapiPeer(ExecutorService executor) {
        super(executor);
    }
}
