package javax.telephony.callcontrol;

import javax.telephony.TerminalConnectionListener;

/** Receives terminal connection events in the call-control state model. */
public interface CallControlTerminalConnectionListener extends CallControlConnectionListener, TerminalConnectionListener {
    void terminalConnectionBridged(CallControlTerminalConnectionEvent event);

    void terminalConnectionDropped(CallControlTerminalConnectionEvent event);

    void terminalConnectionHeld(CallControlTerminalConnectionEvent event);

    void terminalConnectionInUse(CallControlTerminalConnectionEvent event);

    void terminalConnectionRinging(CallControlTerminalConnectionEvent event);

    void terminalConnectionTalking(CallControlTerminalConnectionEvent event);

    void terminalConnectionUnknown(CallControlTerminalConnectionEvent event);
}
