package org.helpdesk.jtapi.sip;

import java.net.InetAddress;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import javax.telephony.Address;
import javax.telephony.CallListener;
import javax.telephony.CallObserver;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.Provider;
import javax.telephony.Terminal;
import javax.telephony.TerminalConnection;
import javax.telephony.TerminalListener;
import javax.telephony.TerminalObserver;
import javax.telephony.callcenter.ACDAddress;
import javax.telephony.callcenter.Agent;
import javax.telephony.callcenter.AgentTerminal;
import javax.telephony.capabilities.TerminalCapabilities;

/** A SIP phone, reached at a fixed SIP URI; agents log on to ACD groups from it. */
@SuppressWarnings("deprecation")
final class TerminalImpl implements AgentTerminal {
    private final SipProviderImpl provider;
    private final String name;
    private final String configuredUri;
    private volatile String uri;
    /** Where the phone is: its URI's host, and the address it last registered from. */
    private volatile Set<InetAddress> hosts;
    /** Where the phone last registered from successfully, or null. */
    private volatile InetAddress registeredFrom;
    private final AddressImpl address;
    private final Listeners<CallListener> callListeners = new Listeners<>();
    private final Listeners<TerminalListener> terminalListeners = new Listeners<>();
    private final Set<TerminalConnectionImpl> terminalConnections = new CopyOnWriteArraySet<>();
    private final List<AgentImpl> agents = new CopyOnWriteArrayList<>();

    TerminalImpl(SipProviderImpl provider, String name, String uri, AddressImpl address) {
        this.provider = provider;
        this.name = name;
        this.configuredUri = uri;
        this.uri = uri;
        this.hosts = TrustedPeers.addressesOf(uri);
        this.address = address;
        address.bind(this);
    }

    String uri() {
        return uri;
    }

    /**
     * A REGISTER from {@code source} bound the phone to {@code contact}; null (or expiry) returns to the configured
     * URI.
     */
    void bind(String contact, InetAddress source) {
        this.uri = contact == null ? configuredUri : contact;
        Set<InetAddress> now = new HashSet<>(TrustedPeers.addressesOf(uri));
        if (source != null) {
            registeredFrom = source;
            if (contact != null) {
                now.add(source);
            }
        }
        this.hosts = Set.copyOf(now);
    }

    /** Whether the phone's last successful REGISTER came from {@code source}. */
    boolean lastRegisteredFrom(InetAddress source) {
        return source != null && source.equals(registeredFrom);
    }

    /** Whether this phone is at {@code source}: a request from there is the phone's own. */
    boolean isAt(InetAddress source) {
        return source != null && hosts.contains(source);
    }

    AddressImpl address() {
        return address;
    }

    void attach(TerminalConnectionImpl tc) {
        terminalConnections.add(tc);
    }

    void detach(TerminalConnectionImpl tc) {
        terminalConnections.remove(tc);
    }

    List<TerminalListener> terminalListeners() {
        return terminalListeners.snapshot();
    }

    List<CallListener> callListeners() {
        return callListeners.snapshot();
    }

    @Override
    public Agent addAgent(Address agentAddress, ACDAddress acdAddress, int initialState, String agentID,
            String password) throws InvalidArgumentException, InvalidStateException {
        if (!(acdAddress instanceof AcdAddressImpl) || acdAddress.getProvider() != provider) {
            throw new InvalidArgumentException("Not an ACD address of this provider: " + acdAddress);
        }
        if (initialState != Agent.READY && initialState != Agent.NOT_READY && initialState != Agent.LOG_IN
                && initialState != Agent.WORK_NOT_READY) {
            throw new InvalidArgumentException("Initial state must be LOG_IN, READY, NOT_READY or WORK_NOT_READY");
        }
        for (AgentImpl agent : agents) {
            if (agent.getACDAddress() == acdAddress) {
                throw new InvalidStateException(this, InvalidStateException.TERMINAL_OBJECT, 0,
                        "Already logged on to " + acdAddress.getName());
            }
        }
        AddressImpl from = agentAddress == null ? address : (AddressImpl) agentAddress;
        AgentImpl agent = new AgentImpl(this, (AcdAddressImpl) acdAddress, from, agentID,
                initialState == Agent.LOG_IN ? Agent.NOT_READY : initialState);
        agents.add(agent);
        ((AcdAddressImpl) acdAddress).logOn(agent);
        return agent;
    }

    @Override
    public void removeAgent(Agent agent) throws InvalidArgumentException {
        if (!agents.remove(agent)) {
            throw new InvalidArgumentException("Agent is not logged on at " + name);
        }
        ((AgentImpl) agent).logOff();
    }

    @Override
    public Agent[] getAgents() {
        return agents.isEmpty() ? null : agents.toArray(new Agent[0]);
    }

    @Override
    @Deprecated
    public void setAgents(Agent[] agents) throws MethodNotSupportedException {
        throw new MethodNotSupportedException("Use addAgent and removeAgent");
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
    public Address[] getAddresses() {
        return new Address[] {address};
    }

    @Override
    public TerminalConnection[] getTerminalConnections() {
        return terminalConnections.isEmpty() ? null : terminalConnections.toArray(new TerminalConnection[0]);
    }

    @Override
    public void addCallListener(CallListener listener) {
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
    public void addTerminalListener(TerminalListener listener) {
        terminalListeners.add(listener);
    }

    @Override
    public TerminalListener[] getTerminalListeners() {
        return terminalListeners.toArray(new TerminalListener[0]);
    }

    @Override
    public void removeTerminalListener(TerminalListener listener) {
        terminalListeners.remove(listener);
    }

    @Override
    public void addObserver(TerminalObserver observer) throws MethodNotSupportedException {
        throw new MethodNotSupportedException("JTAPI 1.2 observers are not supported: use listeners");
    }

    @Override
    public TerminalObserver[] getObservers() {
        return null;
    }

    @Override
    public void removeObserver(TerminalObserver observer) {
    }

    @Override
    public void addCallObserver(CallObserver observer) throws MethodNotSupportedException {
        throw new MethodNotSupportedException("JTAPI 1.2 observers are not supported: use listeners");
    }

    @Override
    public CallObserver[] getCallObservers() {
        return null;
    }

    @Override
    public void removeCallObserver(CallObserver observer) {
    }

    @Override
    public TerminalCapabilities getCapabilities() {
        return Capabilities.INSTANCE;
    }

    @Override
    @Deprecated
    public TerminalCapabilities getTerminalCapabilities(Terminal terminal, Address address) {
        return Capabilities.INSTANCE;
    }

    @Override
    public String toString() {
        return "Terminal[" + name + " " + uri + "]";
    }
}
