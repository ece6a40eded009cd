package javax.telephony.callcontrol;

import javax.telephony.TerminalConnectionEvent;

/** A terminal connection event in the call-control state model. */
public interface CallControlTerminalConnectionEvent extends CallControlCallEvent, TerminalConnectionEvent {
    int CALLCTL_TERMINAL_CONNECTION_BRIDGED = 364;
    int CALLCTL_TERMINAL_CONNECTION_DROPPED = 365;
    int CALLCTL_TERMINAL_CONNECTION_HELD = 366;
    int CALLCTL_TERMINAL_CONNECTION_IN_USE = 367;
    int CALLCTL_TERMINAL_CONNECTION_RINGING = 368;
    int CALLCTL_TERMINAL_CONNECTION_TALKING = 369;
    int CALLCTL_TERMINAL_CONNECTION_UNKNOWN = 370;
}
