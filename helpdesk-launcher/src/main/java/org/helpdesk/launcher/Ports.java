package org.helpdesk.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Checks, before anything starts, that the ports Helpdesk needs are free. */
final class Ports {

    private Ports() {
    }

    /**
     * The embedded broker binds {@code 127.0.0.1:port} deep inside the resource adapter's start, where a failure
     * only leaves the WAR undeployed; trying the bind here first turns that into a clear refusal before boot.
     */
    static void requireFreeOnLoopback(int port, String what, String setting) throws PortTaken {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(false);
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new PortTaken(what, port, setting);
        }
    }
}
