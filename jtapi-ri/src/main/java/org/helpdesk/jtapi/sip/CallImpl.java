package org.helpdesk.jtapi.sip;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.CallEvent;
import javax.telephony.CallListener;
import javax.telephony.CallObserver;
import javax.telephony.Connection;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.Provider;
import javax.telephony.Terminal;
import javax.telephony.callcenter.CallCenterCall;
import javax.telephony.callcenter.CallCenterCallEvent;
import javax.telephony.callcenter.CallCenterTrunk;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.capabilities.CallCapabilities;

/**
 * A call: its connections, listeners and application data. Signalling runs on {@code control}, one task at a
 * time; listener events go out, in order, on {@code events}. Starting calls is {@link CallStarter}'s job.
 */
@SuppressWarnings("deprecation")
final class CallImpl extends CallControlMethods implements CallControlCall, CallCenterCall {
    private final SipProviderImpl provider;
    private final SerialExecutor control;
    private final SerialExecutor events;
    private final List<ConnectionImpl> connections = new CopyOnWriteArrayList<>();
    private final Listeners<CallListener> listeners = new Listeners<>();
    private volatile int state = Call.IDLE;
    private volatile Object applicationData;
    private volatile AddressImpl calling;
    private volatile AddressImpl called;
    private volatile TerminalImpl callingTerminal;
    private volatile CallFlow flow;

    CallImpl(SipProviderImpl provider, Executor pool) {
        this.provider = provider;
        this.control = new SerialExecutor(pool);
        this.events = new SerialExecutor(pool);
    }

    SipProviderImpl provider() {
        return provider;
    }

    void execute(Runnable task) {
        control.execute(task);
    }

    Leg newLeg(LegListener listener) {
        return new Leg(provider.endpoint(), control, provider.timers(), listener);
    }

    /** Starts the call: parties known, flow chosen; events start flowing. */
    void begin(AddressImpl from, TerminalImpl fromTerminal, AddressImpl to, CallFlow callFlow) {
        calling = from;
        callingTerminal = fromTerminal;
        called = to;
        flow = callFlow;
        state = Call.ACTIVE;
        provider.add(this);
        fire(new CallEventImpl(CallEvent.CALL_ACTIVE, this, SipCause.NORMAL, this));
        for (ConnectionImpl connection : connections) {
            fire(new ConnectionEventImpl(javax.telephony.ConnectionEvent.CONNECTION_CREATED, connection,
                    SipCause.NORMAL));
        }
        control.execute(callFlow::start);
    }

    ConnectionImpl newConnection(AddressImpl address) {
        ConnectionImpl connection = new ConnectionImpl(this, address);
        address.attach(connection);
        connections.add(connection);
        for (CallListener listener : address.callListeners()) {
            listeners.add(listener);
        }
        TerminalImpl terminal = address.terminal();
        if (terminal != null) {
            terminal.callListeners().forEach(listeners::add);
        }
        if (state == Call.ACTIVE) {
            fire(new ConnectionEventImpl(javax.telephony.ConnectionEvent.CONNECTION_CREATED, connection,
                    SipCause.NORMAL));
        }
        return connection;
    }

    void fire(CallEventImpl event) {
        List<CallListener> targets = listeners.snapshot();
        events.execute(() -> EventDelivery.deliver(event, targets));
    }

    /** Runs {@code delivery} on the event executor, after every event already fired. */
    void deliver(Runnable delivery) {
        events.execute(delivery);
    }

    void disconnectRemaining(SipCause cause) {
        for (ConnectionImpl connection : connections) {
            connection.moveTo(Connection.DISCONNECTED, cause);
        }
    }

    /** Called once by the flow when every leg has ended. */
    void ended() {
        disconnectRemaining(SipCause.NORMAL);
        state = Call.INVALID;
        fire(new CallEventImpl(CallEvent.CALL_INVALID, this, SipCause.NORMAL, this));
        fire(new CallEventImpl(CallEvent.CALL_EVENT_TRANSMISSION_ENDED, this, SipCause.NORMAL, this));
        provider.remove(this);
    }

    void disconnect(ConnectionImpl connection) {
        control.execute(() -> flow.disconnect(connection));
    }

    Object applicationData() {
        return applicationData;
    }

    void requireIdle() throws InvalidStateException {
        if (state != Call.IDLE) {
            throw new InvalidStateException(this, InvalidStateException.CALL_OBJECT, state, "Call is not idle");
        }
        provider.requireInService();
    }

    @Override
    public Connection[] connect(Terminal origterm, Address origaddr, String dialedDigits)
            throws InvalidStateException, InvalidArgumentException, InvalidPartyException {
        return CallStarter.agentFirst(this, origterm, origaddr, dialedDigits);
    }

    @Override
    public Connection[] connectPredictive(Terminal originatorTerminal, Address originatorAddress,
            String destination, int connectionState, int maxRings, int treatment, int endpointType)
            throws InvalidStateException, InvalidArgumentException, InvalidPartyException {
        return CallStarter.customerFirst(this, originatorTerminal, originatorAddress, destination, connectionState,
                maxRings);
    }

    @Override
    public void setApplicationData(Object data) throws InvalidStateException {
        if (state == Call.INVALID) {
            throw new InvalidStateException(this, InvalidStateException.CALL_OBJECT, state, "Call has ended");
        }
        applicationData = data;
        fire(new CallEventImpl(CallCenterCallEvent.CALLCENT_CALL_APPLICATION_DATA_EVENT, this, SipCause.NORMAL,
                this));
    }

    @Override
    public Object getApplicationData() {
        return applicationData;
    }

    @Override
    public CallCenterTrunk[] getTrunks() throws MethodNotSupportedException {
        throw new MethodNotSupportedException("Trunks are not modelled");
    }

    @Override
    public Connection transfer(String address) throws InvalidArgumentException, InvalidStateException,
            InvalidPartyException {
        if (state != Call.ACTIVE) {
            throw new InvalidStateException(this, InvalidStateException.CALL_OBJECT, state, "Call is not active");
        }
        if (!flow.canTransfer()) {
            throw new InvalidStateException(this, InvalidStateException.CALL_OBJECT, state,
                    "Blind transfer needs a two-party call with both parties connected");
        }
        Destination target = CallStarter.destination(this, address);
        control.execute(() -> flow.transfer(target));
        return target.connection;
    }

    @Override
    public void drop() {
        for (ConnectionImpl connection : connections) {
            if (!connection.isEnded()) {
                disconnect(connection);
            }
        }
    }

    @Override
    public Connection[] getConnections() {
        List<Connection> live = new ArrayList<>();
        for (ConnectionImpl connection : connections) {
            if (connection.getState() != Connection.DISCONNECTED) {
                live.add(connection);
            }
        }
        return live.isEmpty() ? null : live.toArray(new Connection[0]);
    }

    @Override
    public Provider getProvider() {
        return provider;
    }

    @Override
    public int getState() {
        return state;
    }

    @Override
    public Address getCallingAddress() {
        return calling;
    }

    @Override
    public Terminal getCallingTerminal() {
        return callingTerminal;
    }

    @Override
    public Address getCalledAddress() {
        return called;
    }

    @Override
    public void addCallListener(CallListener listener) {
        listeners.add(listener);
    }

    @Override
    public CallListener[] getCallListeners() {
        return listeners.toArray(new CallListener[0]);
    }

    @Override
    public void removeCallListener(CallListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void addObserver(CallObserver observer) throws MethodNotSupportedException {
        throw new MethodNotSupportedException("JTAPI 1.2 observers are not supported: use listeners");
    }

    @Override
    public CallObserver[] getObservers() {
        return null;
    }

    @Override
    public void removeObserver(CallObserver observer) {
    }

    @Override
    public CallCapabilities getCapabilities(Terminal terminal, Address address) {
        return Capabilities.INSTANCE;
    }

    @Override
    @Deprecated
    public CallCapabilities getCallCapabilities(Terminal term, Address addr) {
        return Capabilities.INSTANCE;
    }

    @Override
    public String toString() {
        return "Call[" + calling + " -> " + called + ", state=" + state + "]";
    }
}
