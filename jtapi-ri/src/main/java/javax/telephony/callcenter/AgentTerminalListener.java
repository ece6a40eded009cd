package javax.telephony.callcenter;

import javax.telephony.TerminalListener;

/** Receives agent state changes on an agent terminal. */
public interface AgentTerminalListener extends TerminalListener {
    void agentTerminalBusy(AgentTerminalEvent event);

    void agentTerminalLoggedOff(AgentTerminalEvent event);

    void agentTerminalLoggedOn(AgentTerminalEvent event);

    void agentTerminalNotReady(AgentTerminalEvent event);

    void agentTerminalReady(AgentTerminalEvent event);

    void agentTerminalUnknown(AgentTerminalEvent event);

    void agentTerminalWorkNotReady(AgentTerminalEvent event);

    void agentTerminalWorkReady(AgentTerminalEvent event);
}
