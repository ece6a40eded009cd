package javax.telephony;

import java.util.EventListener;

/** Receives terminal events. */
public interface TerminalListener extends EventListener {
    void terminalListenerEnded(TerminalEvent event);
}
