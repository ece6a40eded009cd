package org.helpdesk.jtapi.sip;

import javax.telephony.capabilities.AddressCapabilities;
import javax.telephony.capabilities.CallCapabilities;
import javax.telephony.capabilities.ConnectionCapabilities;
import javax.telephony.capabilities.ProviderCapabilities;
import javax.telephony.capabilities.TerminalCapabilities;
import javax.telephony.capabilities.TerminalConnectionCapabilities;

/** The static capabilities of the SIP provider: it observes everything, connects and disconnects, never answers. */
final class Capabilities implements ProviderCapabilities, CallCapabilities, AddressCapabilities,
        TerminalCapabilities, ConnectionCapabilities, TerminalConnectionCapabilities {
    static final Capabilities INSTANCE = new Capabilities();

    private Capabilities() {
    }

    @Override
    public boolean isObservable() {
        return true;
    }

    @Override
    public boolean canConnect() {
        return true;
    }

    @Override
    public boolean canDisconnect() {
        return true;
    }

    /** A SIP phone is answered by its user, not by the controller. */
    @Override
    public boolean canAnswer() {
        return false;
    }
}
