package org.helpdesk.dialer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This server instance's name in the call records: after a restart, an instance ends the calls it had in flight
 * and only those. Stable across restarts; distinct per instance of a cluster ({@code HELPDESK_INSTANCE}, default
 * the host name).
 */
@ApplicationScoped
public class DialerInstance {

    @Inject
    @ConfigProperty(name = "helpdesk.instance", defaultValue = " ")
    String configured;

    public String name() {
        if (!configured.isBlank()) {
            return configured.strip();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
