package javax.telephony.callcenter;

import javax.telephony.TerminalEvent;

/** An agent state change, seen from the agent terminal. */
public interface AgentTerminalEvent extends CallCenterEvent, TerminalEvent {
    int AGENT_TERMINAL_BUSY = 308;
    int AGENT_TERMINAL_LOGGED_OFF = 309;
    int AGENT_TERMINAL_LOGGED_ON = 310;
    int AGENT_TERMINAL_NOT_READY = 311;
    int AGENT_TERMINAL_READY = 312;
    int AGENT_TERMINAL_UNKNOWN = 313;
    int AGENT_TERMINAL_WORK_NOT_READY = 314;
    int AGENT_TERMINAL_WORK_READY = 315;

    Agent getAgent();
}
