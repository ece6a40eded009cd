package org.helpdesk.jtapi.sip;

import java.time.Duration;
import javax.telephony.Address;
import javax.telephony.Connection;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.Terminal;
import javax.telephony.callcenter.CallCenterCall;

/** Validates the arguments of {@code connect} and {@code connectPredictive} and sets up the flow. */
final class CallStarter {
    /** One ring cycle (2 s on, 4 s off): {@code maxRings} rings of the customer's phone last this long each. */
    static final Duration RING_CYCLE = Duration.ofSeconds(6);

    private CallStarter() {
    }

    /** Agent first: the agent's phone rings; when it answers the customer is called. */
    static Connection[] agentFirst(CallImpl call, Terminal terminal, Address address, String number)
            throws InvalidStateException, InvalidArgumentException, InvalidPartyException {
        call.requireIdle();
        TerminalImpl phone = localTerminal(call, terminal);
        if (address != phone.address()) {
            throw new InvalidArgumentException("Address " + address + " is not on terminal " + terminal);
        }
        Destination agent = new Destination(phone.uri(), call.newConnection(phone.address()), phone, null);
        Destination customer = destination(call, number);
        call.begin(phone.address(), phone, customer.connection.address(),
                new ThirdPartyFlow(call, agent, null, ready -> ready.accept(customer)));
        return new Connection[] {agent.connection, customer.connection};
    }

    /**
     * Customer first: the customer's phone rings with the configured Alert-Info; when it answers, the originator
     * (an agent terminal, or the longest-idle ready agent of an ACD address) is called.
     */
    static Connection[] customerFirst(CallImpl call, Terminal terminal, Address address, String number,
            int connectionState, int maxRings)
            throws InvalidStateException, InvalidArgumentException, InvalidPartyException {
        call.requireIdle();
        if (connectionState != Connection.CONNECTED && connectionState != Connection.ALERTING) {
            throw new InvalidArgumentException("connectionState must be CONNECTED or ALERTING");
        }
        if (maxRings != 0 && (maxRings < CallCenterCall.MIN_RINGS || maxRings > CallCenterCall.MAX_RINGS)) {
            throw new InvalidArgumentException("maxRings must be 0 (provider default) or "
                    + CallCenterCall.MIN_RINGS + " to " + CallCenterCall.MAX_RINGS);
        }
        Duration ringTime = maxRings == 0 ? call.provider().config().ringTimeout()
                : RING_CYCLE.multipliedBy(maxRings);
        ThirdPartyFlow.Resolver originator;
        ConnectionImpl origin;
        TerminalImpl phone = null;
        if (address instanceof AcdAddressImpl && address.getProvider() == call.provider()) {
            AcdAddressImpl acd = (AcdAddressImpl) address;
            ConnectionImpl acdConnection = call.newConnection(acd);
            origin = acdConnection;
            originator = ready -> acd.offer(call, agent -> call.execute(() -> ready.accept(
                    new Destination(agent.terminal().uri(), acdConnection, agent.terminal(), agent))));
        } else {
            phone = localTerminal(call, terminal != null ? terminal : terminalOf(address));
            Destination agent = new Destination(phone.uri(), call.newConnection(phone.address()), phone, null);
            origin = agent.connection;
            originator = ready -> ready.accept(agent);
        }
        Destination customer = destination(call, number);
        call.begin(origin.address(), phone, customer.connection.address(),
                new ThirdPartyFlow(call, customer, call.provider().config().alertInfo(), ringTime, originator));
        return new Connection[] {origin, customer.connection};
    }

    /** A party by number: one of our terminals' addresses, a SIP URI, or a number behind the trunk. */
    static Destination destination(CallImpl call, String number) throws InvalidPartyException {
        if (number == null || number.isBlank()) {
            throw new InvalidPartyException(InvalidPartyException.DESTINATION_PARTY, "No number to call");
        }
        SipProviderImpl provider = call.provider();
        TerminalImpl phone = provider.terminalFor(number);
        if (phone != null) {
            return new Destination(phone.uri(), call.newConnection(phone.address()), phone, null);
        }
        String uri = provider.uriFor(number);
        if (uri == null) {
            throw new InvalidPartyException(InvalidPartyException.DESTINATION_PARTY,
                    "No terminal " + number + " and no trunk configured");
        }
        return new Destination(uri, call.newConnection(provider.remoteAddress(number)), null, null);
    }

    private static TerminalImpl localTerminal(CallImpl call, Terminal terminal) throws InvalidArgumentException {
        if (!(terminal instanceof TerminalImpl) || terminal.getProvider() != call.provider()) {
            throw new InvalidArgumentException("Not a terminal of this provider: " + terminal);
        }
        return (TerminalImpl) terminal;
    }

    private static Terminal terminalOf(Address address) {
        return address instanceof AddressImpl ? ((AddressImpl) address).terminal() : null;
    }
}
