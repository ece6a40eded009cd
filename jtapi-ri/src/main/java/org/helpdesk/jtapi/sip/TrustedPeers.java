package org.helpdesk.jtapi.sip;

import gov.nist.javax.sip.message.SIPMessage;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import javax.sip.message.Message;

/**
 * The SIP peers whose word the provider takes: the trunk's host and the hosts of {@code trusted=}. Their
 * {@code P-Asserted-Identity} is believed and they may call any of our addresses; everyone else may only call a
 * route address, and their caller ID is unverified.
 *
 * <p>Peers are recognised by the address the packet came from, never by what the message says about itself (Via,
 * From and Contact are the sender's own words). Host names are resolved once, when the provider opens; a name
 * that does not resolve trusts nobody.
 */
final class TrustedPeers {
    private static final Logger LOG = Logger.getLogger(TrustedPeers.class.getName());

    private final Set<InetAddress> peers;

    private TrustedPeers(Set<InetAddress> peers) {
        this.peers = Set.copyOf(peers);
    }

    static TrustedPeers of(ProviderConfig config) {
        Set<InetAddress> peers = new LinkedHashSet<>();
        if (config.trunk() != null) {
            peers.addAll(resolve(hostOf(config.trunk())));
        }
        config.trustedPeers().forEach(host -> peers.addAll(resolve(host)));
        LOG.info(() -> "SIP peers trusted with caller IDs and calls to any address: " + (peers.isEmpty() ? "none"
                : peers.stream().map(InetAddress::getHostAddress).toList()));
        return new TrustedPeers(peers);
    }

    boolean trusts(InetAddress source) {
        return source != null && peers.contains(source);
    }

    /** Where a request really came from: the packet's source address (null if the stack did not say). */
    static InetAddress sourceOf(Message message) {
        if (!(message instanceof SIPMessage)) {
            return null;
        }
        SIPMessage sip = (SIPMessage) message;
        return sip.getPeerPacketSourceAddress() != null ? sip.getPeerPacketSourceAddress() : sip.getRemoteAddress();
    }

    /** The addresses of a SIP URI's host (none if it does not resolve). */
    static Set<InetAddress> addressesOf(String uri) {
        return Set.copyOf(resolve(hostOf(uri)));
    }

    /** The host of a SIP URI as the provider string writes them: {@code sip:[user@]host[:port][;params]}. */
    static String hostOf(String uri) {
        String rest = uri.substring(uri.indexOf(':') + 1);
        rest = rest.substring(rest.indexOf('@') + 1);
        if (rest.startsWith("[")) {
            return rest.substring(1, rest.indexOf(']'));
        }
        int end = rest.length();
        for (char stop : new char[] {':', ';', '>', '?'}) {
            int at = rest.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return rest.substring(0, end);
    }

    /** Every address of {@code host}; none (and a warning) when it does not resolve. */
    static Collection<InetAddress> resolve(String host) {
        try {
            return Arrays.asList(InetAddress.getAllByName(host));
        } catch (UnknownHostException e) {
            LOG.warning(() -> "SIP host " + host + " does not resolve: it is not trusted");
            return List.of();
        }
    }
}
