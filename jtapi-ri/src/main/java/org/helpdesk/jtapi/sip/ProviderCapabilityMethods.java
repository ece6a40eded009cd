package org.helpdesk.jtapi.sip;

import javax.telephony.Address;
import javax.telephony.Terminal;
import javax.telephony.capabilities.AddressCapabilities;
import javax.telephony.capabilities.CallCapabilities;
import javax.telephony.capabilities.ConnectionCapabilities;
import javax.telephony.capabilities.ProviderCapabilities;
import javax.telephony.capabilities.TerminalCapabilities;
import javax.telephony.capabilities.TerminalConnectionCapabilities;

/** The provider's capability queries: the same static answers whatever the terminal or address. */
abstract class ProviderCapabilityMethods {
    public ProviderCapabilities getProviderCapabilities() {
        return Capabilities.INSTANCE;
    }

    public CallCapabilities getCallCapabilities() {
        return Capabilities.INSTANCE;
    }

    public AddressCapabilities getAddressCapabilities() {
        return Capabilities.INSTANCE;
    }

    public TerminalCapabilities getTerminalCapabilities() {
        return Capabilities.INSTANCE;
    }

    public ConnectionCapabilities getConnectionCapabilities() {
        return Capabilities.INSTANCE;
    }

    public TerminalConnectionCapabilities getTerminalConnectionCapabilities() {
        return Capabilities.INSTANCE;
    }

    public ProviderCapabilities getCapabilities() {
        return Capabilities.INSTANCE;
    }

    public ProviderCapabilities getProviderCapabilities(Terminal terminal) {
        return Capabilities.INSTANCE;
    }

    public CallCapabilities getCallCapabilities(Terminal terminal, Address address) {
        return Capabilities.INSTANCE;
    }

    public ConnectionCapabilities getConnectionCapabilities(Terminal terminal, Address address) {
        return Capabilities.INSTANCE;
    }

    public AddressCapabilities getAddressCapabilities(Terminal terminal) {
        return Capabilities.INSTANCE;
    }

    public TerminalConnectionCapabilities getTerminalConnectionCapabilities(Terminal terminal) {
        return Capabilities.INSTANCE;
    }

    public TerminalCapabilities getTerminalCapabilities(Terminal terminal) {
        return Capabilities.INSTANCE;
    }
}
