package javax.telephony;

/** An event about a terminal connection's state. */
public interface TerminalConnectionEvent extends CallEvent {
    int TERMINAL_CONNECTION_ACTIVE = 115;
    int TERMINAL_CONNECTION_CREATED = 116;
    int TERMINAL_CONNECTION_DROPPED = 117;
    int TERMINAL_CONNECTION_PASSIVE = 118;
    int TERMINAL_CONNECTION_RINGING = 119;
    int TERMINAL_CONNECTION_UNKNOWN = 120;

    TerminalConnection getTerminalConnection();
}
