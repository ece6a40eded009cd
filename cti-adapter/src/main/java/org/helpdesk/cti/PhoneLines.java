package org.helpdesk.cti;

import java.util.Collections;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.telephony.Call;
import javax.telephony.CallEvent;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.Provider;
import javax.telephony.ResourceUnavailableException;
import javax.telephony.Terminal;
import javax.telephony.TerminalConnection;
import javax.telephony.TerminalConnectionEvent;
import javax.telephony.TerminalConnectionListener;

/**
 * Which phones are on a call now, as the provider reports them: a call listener on every terminal of the provider
 * (so on every call at an agent's phone, placed by us or not) that keeps each terminal's live terminal connections,
 * from the first event of one (created, ringing, active) until it is dropped or its call becomes invalid. Asking
 * costs no round trip to the provider: the dialer asks on every dialling pass.
 *
 * <p>Runs on the JTAPI implementation's threads, and only updates a concurrent map: it never waits.
 */
final class PhoneLines extends CallEventsAdapter implements TerminalConnectionListener {

    /** Terminal name to its terminal connections not yet dropped; a terminal without any has no entry. */
    private final ConcurrentHashMap<String, Set<TerminalConnection>> live = new ConcurrentHashMap<>();
    private final Set<String> inUse = Collections.unmodifiableSet(live.keySet());

    /**
     * Listens to every call at the provider's terminals from now on. Terminals the provider adds later (a vendor's
     * newly configured phones) are watched once the provider is opened again.
     */
    void watch(Provider provider) throws ResourceUnavailableException, MethodNotSupportedException {
        Terminal[] terminals = provider.getTerminals();
        for (Terminal terminal : terminals == null ? new Terminal[0] : terminals) {
            terminal.addCallListener(this);
        }
    }

    /** The names of the terminals on a call: a live view. */
    Set<String> inUse() {
        return inUse;
    }

    private void up(TerminalConnectionEvent event) {
        TerminalConnection line = event.getTerminalConnection();
        if (line.getState() == TerminalConnection.DROPPED) {
            return; // an event delivered after the line was dropped
        }
        live.compute(line.getTerminal().getName(), (terminal, lines) -> {
            Set<TerminalConnection> kept = lines == null ? ConcurrentHashMap.newKeySet() : lines;
            kept.add(line);
            return kept;
        });
    }

    private void down(TerminalConnection line) {
        live.computeIfPresent(line.getTerminal().getName(), (terminal, lines) -> {
            lines.remove(line);
            return lines.isEmpty() ? null : lines;
        });
    }

    @Override
    public void terminalConnectionCreated(TerminalConnectionEvent event) {
        up(event);
    }

    @Override
    public void terminalConnectionRinging(TerminalConnectionEvent event) {
        up(event);
    }

    @Override
    public void terminalConnectionActive(TerminalConnectionEvent event) {
        up(event);
    }

    @Override
    public void terminalConnectionPassive(TerminalConnectionEvent event) {
        up(event);
    }

    @Override
    public void terminalConnectionUnknown(TerminalConnectionEvent event) {
    }

    @Override
    public void terminalConnectionDropped(TerminalConnectionEvent event) {
        down(event.getTerminalConnection());
    }

    /** For implementations that end a call without dropping each of its terminal connections first. */
    @Override
    public void callInvalid(CallEvent event) {
        Call call = event.getCall();
        live.values().forEach(lines -> lines.stream().filter(line -> line.getConnection().getCall() == call)
                .toList().forEach(this::down));
    }

    @Override
    public void callEventTransmissionEnded(CallEvent event) {
        callInvalid(event);
    }
}
