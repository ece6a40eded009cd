package org.helpdesk.jtapi.sip;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import javax.telephony.AddressListener;
import javax.telephony.AddressObserver;
import javax.telephony.CallListener;
import javax.telephony.CallObserver;
import javax.telephony.Connection;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.Provider;
import javax.telephony.Terminal;
import javax.telephony.callcenter.CallCenterAddress;
import javax.telephony.capabilities.AddressCapabilities;

/**
 * A number. A local address is a terminal's address of record, an ACD group or a route point; a remote address is
 * a number reached through the trunk (or a caller ID).
 */
@SuppressWarnings("deprecation")
class AddressImpl implements CallCenterAddress {
    private final SipProviderImpl provider;
    private final String name;
    private final Listeners<CallListener> callListeners = new Listeners<>();
    private final Listeners<AddressListener> addressListeners = new Listeners<>();
    private final Set<ConnectionImpl> connections = new CopyOnWriteArraySet<>();
    private volatile TerminalImpl terminal;

    AddressImpl(SipProviderImpl provider, String name) {
        this.provider = provider;
        this.name = name;
    }

    void bind(TerminalImpl owner) {
        this.terminal = owner;
    }

    TerminalImpl terminal() {
        return terminal;
    }

    void attach(ConnectionImpl connection) {
        connections.add(connection);
    }

    void detach(ConnectionImpl connection) {
        connections.remove(connection);
    }

    java.util.List<AddressListener> addressListeners() {
        return addressListeners.snapshot();
    }

    java.util.List<CallListener> callListeners() {
        return callListeners.snapshot();
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Provider getProvider() {
        return provider;
    }

    @Override
    public Terminal[] getTerminals() {
        TerminalImpl owner = terminal;
        return owner == null ? null : new Terminal[] {owner};
    }

    @Override
    public Connection[] getConnections() {
        return connections.isEmpty() ? null : connections.toArray(new Connection[0]);
    }

    @Override
    public void addCallListener(CallListener listener) {
        callListeners.add(listener);
    }

    @Override
    public void addCallListener(CallListener listener, boolean remain) {
        callListeners.add(listener);
    }

    @Override
    public CallListener[] getCallListeners() {
        return callListeners.toArray(new CallListener[0]);
    }

    @Override
    public void removeCallListener(CallListener listener) {
        callListeners.remove(listener);
    }

    @Override
    public void addAddressListener(AddressListener listener) {
        addressListeners.add(listener);
    }

    @Override
    public AddressListener[] getAddressListeners() {
        return addressListeners.toArray(new AddressListener[0]);
    }

    @Override
    public void removeAddressListener(AddressListener listener) {
        addressListeners.remove(listener);
    }

    @Override
    public void addObserver(AddressObserver observer) throws MethodNotSupportedException {
        throw new MethodNotSupportedException("JTAPI 1.2 observers are not supported: use listeners");
    }

    @Override
    public AddressObserver[] getObservers() {
        return null;
    }

    @Override
    public void removeObserver(AddressObserver observer) {
    }

    @Override
    public void addCallObserver(CallObserver observer) throws MethodNotSupportedException {
        throw new MethodNotSupportedException("JTAPI 1.2 observers are not supported: use listeners");
    }

    @Override
    public void addCallObserver(CallObserver observer, boolean remain) throws MethodNotSupportedException {
        addCallObserver(observer);
    }

    @Override
    public CallObserver[] getCallObservers() {
        return null;
    }

    @Override
    public void removeCallObserver(CallObserver observer) {
    }

    @Override
    public AddressCapabilities getCapabilities() {
        return Capabilities.INSTANCE;
    }

    @Override
    @Deprecated
    public AddressCapabilities getAddressCapabilities(Terminal terminal) {
        return Capabilities.INSTANCE;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + name + "]";
    }
}
