package org.helpdesk.cti;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which JTAPI implementation to use and how to reach the telephone system; read once at start-up. The provider
 * string is the implementation's own (for jtapi-ri: {@code SIP;listen=...;trunk=...;terminal.1001=...}); it can
 * hold secrets, so it is never logged.
 */
@ApplicationScoped
public class JtapiSettings {

    @Inject
    @ConfigProperty(name = "helpdesk.jtapi.peer", defaultValue = " ")
    String peer;

    @Inject
    @ConfigProperty(name = "helpdesk.jtapi.provider", defaultValue = " ")
    String provider;

    @Inject
    @ConfigProperty(name = "helpdesk.jtapi.overflow", defaultValue = " ")
    String overflow;

    @Inject
    @ConfigProperty(name = "helpdesk.jtapi.caller-id-trusted", defaultValue = "false")
    boolean callerIdTrusted;

    boolean configured() {
        return !provider.isBlank();
    }

    /** The peer class name, or null for JTAPI's {@code DefaultJtapiPeer}. */
    String peer() {
        return peer.isBlank() ? null : peer.strip();
    }

    String peerName() {
        return peer() == null ? "DefaultJtapiPeer" : peer();
    }

    String provider() {
        return provider.strip();
    }

    /**
     * Whether the operator declares the telephone system trusted with caller IDs: believed when the JTAPI
     * implementation itself does not say whether a caller ID is verified (a vendor's jar; jtapi-ri always says).
     */
    boolean callerIdTrusted() {
        return callerIdTrusted;
    }

    /** Where incoming calls go that no agent can take: an ACD group or a number; null: refused as busy. */
    String overflow() {
        return overflow.isBlank() ? null : overflow.strip();
    }
}
