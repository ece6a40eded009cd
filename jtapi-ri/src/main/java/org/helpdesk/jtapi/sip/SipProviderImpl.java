package org.helpdesk.jtapi.sip;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sip.SipException;
import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.ProviderEvent;
import javax.telephony.ProviderListener;
import javax.telephony.ProviderObserver;
import javax.telephony.ProviderUnavailableException;
import javax.telephony.Terminal;
import javax.telephony.callcenter.ACDAddress;
import javax.telephony.callcenter.ACDManagerAddress;
import javax.telephony.callcenter.CallCenterProvider;
import javax.telephony.callcenter.RouteAddress;

/** The SIP provider: its terminals and addresses come from the provider string; it owns the live calls. */
@SuppressWarnings("deprecation")
final class SipProviderImpl extends ProviderCapabilityMethods implements CallCenterProvider {
    private static final Logger LOG = Logger.getLogger(SipProviderImpl.class.getName());

    private final String name;
    private final ProviderConfig config;
    private final ExecutorService pool;
    private final boolean ownsPool;
    private final Timers timers = new Timers();
    private final SipEndpoint endpoint;
    private final TrustedPeers trustedPeers;
    private final Map<String, TerminalImpl> terminals = new LinkedHashMap<>();
    private final Map<String, AddressImpl> addresses = new LinkedHashMap<>();
    private final Set<CallImpl> calls = ConcurrentHashMap.newKeySet();
    private final Listeners<ProviderListener> listeners = new Listeners<>();
    private volatile int state = OUT_OF_SERVICE;

    SipProviderImpl(String name, ProviderConfig config, ExecutorService pool, boolean ownsPool) {
        this.name = name;
        this.config = config;
        this.pool = pool;
        this.ownsPool = ownsPool;
        config.terminals().forEach((terminal, uri) -> {
            AddressImpl address = new AddressImpl(this, terminal);
            addresses.put(terminal, address);
            terminals.put(terminal, new TerminalImpl(this, terminal, uri, address));
        });
        SerialExecutor agentEvents = new SerialExecutor(pool);
        config.acdAddresses().forEach(acd -> addresses.put(acd, new AcdAddressImpl(this, acd, agentEvents)));
        config.routeAddresses().forEach(route -> addresses.put(route, new RouteAddressImpl(this, route)));
        trustedPeers = TrustedPeers.of(config);
        try {
            endpoint = new SipEndpoint(config);
        } catch (SipException e) {
            throw new ProviderUnavailableException(ProviderUnavailableException.CAUSE_NOT_IN_SERVICE, e.getMessage());
        }
        endpoint.onInbound(new InboundRouter(this));
        endpoint.onRegister(new Registrar(endpoint, this));
        state = IN_SERVICE;
    }

    ProviderConfig config() {
        return config;
    }

    SipEndpoint endpoint() {
        return endpoint;
    }

    TrustedPeers trustedPeers() {
        return trustedPeers;
    }

    Timers timers() {
        return timers;
    }

    ExecutorService pool() {
        return pool;
    }

    void add(CallImpl call) {
        calls.add(call);
    }

    void remove(CallImpl call) {
        calls.remove(call);
        for (AddressImpl address : addresses.values()) {
            if (address instanceof AcdAddressImpl) {
                ((AcdAddressImpl) address).withdraw(call);
            }
        }
    }

    void requireInService() throws InvalidStateException {
        if (state != IN_SERVICE) {
            throw new InvalidStateException(this, InvalidStateException.PROVIDER_OBJECT, state, "Provider not in service");
        }
    }

    /** Our terminal whose address is {@code number}, or null. */
    TerminalImpl terminalFor(String number) {
        return terminals.get(number);
    }

    /** Whether one of our phones is at {@code source} (its configured or registered host). */
    boolean isPhoneAt(java.net.InetAddress source) {
        return terminals.values().stream().anyMatch(terminal -> terminal.isAt(source));
    }

    AddressImpl localAddress(String number) {
        return addresses.get(number);
    }

    AddressImpl remoteAddress(String number) {
        AddressImpl local = addresses.get(number);
        return local != null ? local : new AddressImpl(this, number);
    }

    /** The SIP URI for a number: itself when it is a SIP URI, else the number at the trunk; null without trunk. */
    String uriFor(String number) {
        if (number.startsWith("sip:") || number.startsWith("sips:")) {
            return number;
        }
        String trunk = config.trunk();
        if (trunk == null) {
            return null;
        }
        String rest = trunk.substring(trunk.indexOf(':') + 1);
        return "sip:" + number + "@" + rest.substring(rest.indexOf('@') + 1);
    }

    /** Live calls and SIP legs, for leak checks. */
    int liveCalls() {
        return calls.size();
    }

    int liveLegs() {
        return endpoint.legCount();
    }

    int openTransactions() {
        return endpoint.openTransactions();
    }

    int openDialogs() {
        return endpoint.openDialogs();
    }

    @Override
    public void shutdown() {
        if (state == SHUTDOWN) {
            return;
        }
        state = SHUTDOWN;
        calls.forEach(CallImpl::drop);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        while ((!calls.isEmpty() || endpoint.legCount() > 0) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        endpoint.stop();
        timers.shutdown();
        ProviderEvent event = new ProviderEventImpl(this, ProviderEvent.PROVIDER_SHUTDOWN);
        for (ProviderListener listener : listeners.snapshot()) {
            try {
                listener.providerShutdown(event);
            } catch (RuntimeException e) {
                LOG.warning(() -> "Provider listener failed: " + e);
            }
        }
        if (ownsPool) {
            pool.shutdown();
        }
    }

    @Override
    public int getState() {
        return state;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Call createCall() throws InvalidStateException {
        requireInService();
        return new CallImpl(this, pool);
    }

    @Override
    public Call[] getCalls() {
        return calls.isEmpty() ? null : calls.toArray(new Call[0]);
    }

    @Override
    public Address getAddress(String number) throws InvalidArgumentException {
        AddressImpl address = addresses.get(number);
        if (address == null) {
            throw new InvalidArgumentException("No local address " + number);
        }
        return address;
    }

    @Override
    public Address[] getAddresses() {
        return addresses.values().toArray(new Address[0]);
    }

    @Override
    public Terminal getTerminal(String terminalName) throws InvalidArgumentException {
        TerminalImpl terminal = terminals.get(terminalName);
        if (terminal == null) {
            throw new InvalidArgumentException("No terminal " + terminalName);
        }
        return terminal;
    }

    @Override
    public Terminal[] getTerminals() {
        return terminals.isEmpty() ? null : terminals.values().toArray(new Terminal[0]);
    }

    @Override
    public RouteAddress[] getRouteableAddresses() {
        return addresses.values().stream().filter(a -> a instanceof RouteAddress).toArray(RouteAddress[]::new);
    }

    @Override
    public ACDAddress[] getACDAddresses() {
        return addresses.values().stream().filter(a -> a instanceof ACDAddress).toArray(ACDAddress[]::new);
    }

    @Override
    public ACDManagerAddress[] getACDManagerAddresses() throws MethodNotSupportedException {
        throw new MethodNotSupportedException("No ACD manager addresses");
    }

    @Override
    public void addProviderListener(ProviderListener listener) {
        listeners.add(listener);
        if (state == IN_SERVICE) {
            ProviderEvent event = new ProviderEventImpl(this, ProviderEvent.PROVIDER_IN_SERVICE);
            pool.execute(() -> {
                try {
                    listener.providerInService(event);
                } catch (RuntimeException e) {
                    LOG.warning(() -> "Provider listener failed: " + e);
                }
            });
        }
    }

    @Override
    public ProviderListener[] getProviderListeners() {
        return listeners.toArray(new ProviderListener[0]);
    }

    @Override
    public void removeProviderListener(ProviderListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void addObserver(ProviderObserver observer) throws MethodNotSupportedException {
        throw new MethodNotSupportedException("JTAPI 1.2 observers are not supported: use listeners");
    }

    @Override
    public ProviderObserver[] getObservers() {
        return null;
    }

    @Override
    public void removeObserver(ProviderObserver observer) {
    }
}
