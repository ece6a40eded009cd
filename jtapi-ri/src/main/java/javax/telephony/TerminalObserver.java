package javax.telephony;

import javax.telephony.events.TermEv;

/**
 * The JTAPI 1.2 observer of a terminal.
 *
 * @deprecated since JTAPI 1.4, use the listener interfaces.
 */
@Deprecated
public interface TerminalObserver {
    void terminalChangedEvent(TermEv[] eventList);
}
