package javax.telephony.events;

import javax.telephony.Terminal;

/**
 * A JTAPI 1.2 observer event about a terminal.
 *
 * @deprecated since JTAPI 1.4, use the listener events.
 */
@Deprecated
public interface TermEv extends Ev {
    Terminal getTerminal();
}
