package org.helpdesk.jtapi.sip;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ports for one test, all in 15060-15400 (other work on this machine uses other ranges). Each test takes a block
 * of 15 free ports: provider, phones' SIP ports, sipp control ports and RTP ports (sipp uses RTP port and +2).
 */
final class TestPorts {
    private static final int FIRST = 15060;
    private static final int LAST = 15400;
    private static final int BLOCK = 15;
    private static final AtomicInteger NEXT = new AtomicInteger(FIRST);

    final int provider;
    final int agent;
    final int customer;
    final int caller;
    final int agentControl;
    final int customerControl;
    final int callerControl;
    final int agentMedia;
    final int customerMedia;
    final int callerMedia;
    final int registerMedia;

    TestPorts() {
        int base = claim(BLOCK);
        provider = base;
        agent = base + 1;
        customer = base + 2;
        caller = base + 3;
        agentControl = base + 4;
        customerControl = base + 5;
        callerControl = base + 6;
        agentMedia = base + 7;
        customerMedia = base + 8;
        callerMedia = base + 11;
        registerMedia = base + 12;
    }

    /** One free port, for a provider without phones. */
    static int single() {
        return claim(1);
    }

    private static synchronized int claim(int size) {
        for (int attempt = 0; attempt < (LAST - FIRST); attempt++) {
            int base = NEXT.getAndAdd(size);
            if (base + size - 1 > LAST) {
                NEXT.set(FIRST);
                continue;
            }
            if (free(base, size)) {
                return base;
            }
        }
        throw new IllegalStateException("No free ports left in " + FIRST + "-" + LAST);
    }

    private static boolean free(int base, int size) {
        for (int port = base; port < base + size; port++) {
            try (DatagramSocket udp = new DatagramSocket(port, InetAddress.getLoopbackAddress());
                 ServerSocket tcp = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                udp.getLocalPort();
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    /** Opens a provider on {@link #providerString} with route address {@code hotline} and the extras. */
    SipProviderImpl hotlineProvider(String extra) throws javax.telephony.JtapiPeerUnavailableException {
        Sipp.requireInstalled();
        return (SipProviderImpl) javax.telephony.JtapiPeerFactory.getJtapiPeer(null)
                .getProvider(providerString(";route=hotline" + extra));
    }

    /** A provider string with terminal agent1 (the agent phone), a trunk to the customer phone, and extras. */
    String providerString(String extra) {
        return "SIP;listen=127.0.0.1:" + provider + ";trunk=sip:127.0.0.1:" + customer
                + ";terminal.agent1=sip:agent1@127.0.0.1:" + agent + ";ringTimeout=3;setupTimeout=1.5" + extra;
    }
}
