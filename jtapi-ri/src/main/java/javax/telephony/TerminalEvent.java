package javax.telephony;

/** An event about a terminal. */
public interface TerminalEvent extends Event {
    int TERMINAL_EVENT_TRANSMISSION_ENDED = 121;

    Terminal getTerminal();
}
