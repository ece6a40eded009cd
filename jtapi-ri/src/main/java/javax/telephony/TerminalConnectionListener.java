package javax.telephony;

/** Receives terminal connection state events as well as connection and call events. */
public interface TerminalConnectionListener extends ConnectionListener {
    void terminalConnectionActive(TerminalConnectionEvent event);

    void terminalConnectionCreated(TerminalConnectionEvent event);

    void terminalConnectionDropped(TerminalConnectionEvent event);

    void terminalConnectionPassive(TerminalConnectionEvent event);

    void terminalConnectionRinging(TerminalConnectionEvent event);

    void terminalConnectionUnknown(TerminalConnectionEvent event);
}
