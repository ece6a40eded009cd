package org.helpdesk.jtapi.sip;

import java.util.Map;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.telephony.Address;
import javax.telephony.AddressListener;
import javax.telephony.Event;
import javax.telephony.MetaEvent;
import javax.telephony.Terminal;
import javax.telephony.TerminalListener;
import javax.telephony.callcenter.ACDAddressEvent;
import javax.telephony.callcenter.ACDAddressListener;
import javax.telephony.callcenter.Agent;
import javax.telephony.callcenter.AgentTerminalEvent;
import javax.telephony.callcenter.AgentTerminalListener;

/**
 * Agent state changes as JTAPI events: {@link AgentTerminalListener}s of the agent's terminal and
 * {@link ACDAddressListener}s of its ACD address hear them, in order, on the provider's agent executor.
 */
final class AgentEvents {
    private static final Logger LOG = Logger.getLogger(AgentEvents.class.getName());

    private static final Map<Integer, BiConsumer<AgentTerminalListener, AgentTerminalEvent>> TERMINAL = Map.of(
            Agent.LOG_IN, AgentTerminalListener::agentTerminalLoggedOn,
            Agent.LOG_OUT, AgentTerminalListener::agentTerminalLoggedOff,
            Agent.READY, AgentTerminalListener::agentTerminalReady,
            Agent.NOT_READY, AgentTerminalListener::agentTerminalNotReady,
            Agent.WORK_NOT_READY, AgentTerminalListener::agentTerminalWorkNotReady,
            Agent.WORK_READY, AgentTerminalListener::agentTerminalWorkReady,
            Agent.BUSY, AgentTerminalListener::agentTerminalBusy);

    private static final Map<Integer, BiConsumer<ACDAddressListener, ACDAddressEvent>> ACD = Map.of(
            Agent.LOG_IN, ACDAddressListener::acdAddressLoggedOn,
            Agent.LOG_OUT, ACDAddressListener::acdAddressLoggedOff,
            Agent.READY, ACDAddressListener::acdAddressReady,
            Agent.NOT_READY, ACDAddressListener::acdAddressNotReady,
            Agent.WORK_NOT_READY, ACDAddressListener::acdAddressWorkNotReady,
            Agent.WORK_READY, ACDAddressListener::acdAddressWorkReady,
            Agent.BUSY, ACDAddressListener::acdAddressBusy);

    private AgentEvents() {
    }

    /** Announces that {@code agent} is now in {@code state} (an {@link Agent} constant, LOG_IN for log-on). */
    static void fire(AgentImpl agent, int state, SerialExecutor executor) {
        TerminalImpl terminal = agent.terminal();
        AcdAddressImpl acd = (AcdAddressImpl) agent.getACDAddress();
        AgentEvent event = new AgentEvent(agent, state, terminal, acd);
        java.util.List<TerminalListener> terminalListeners = terminal.terminalListeners();
        java.util.List<AddressListener> addressListeners = acd.addressListeners();
        executor.execute(() -> {
            for (TerminalListener listener : terminalListeners) {
                if (listener instanceof AgentTerminalListener) {
                    isolate(() -> TERMINAL.get(state).accept((AgentTerminalListener) listener, event));
                }
            }
            for (AddressListener listener : addressListeners) {
                if (listener instanceof ACDAddressListener) {
                    isolate(() -> ACD.get(state).accept((ACDAddressListener) listener, event));
                }
            }
        });
    }

    private static void isolate(Runnable delivery) {
        try {
            delivery.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Agent listener failed", e);
        }
    }

    /** One agent state change; both an agent-terminal and an ACD-address event. */
    private static final class AgentEvent implements AgentTerminalEvent, ACDAddressEvent {
        private final Agent agent;
        private final int state;
        private final Terminal terminal;
        private final Address address;

        AgentEvent(Agent agent, int state, Terminal terminal, Address address) {
            this.agent = agent;
            this.state = state;
            this.terminal = terminal;
            this.address = address;
        }

        @Override public Agent getAgent() { return agent; }
        @Override public Terminal getTerminal() { return terminal; }
        @Override public Address getAddress() { return address; }
        @Override public int getCause() { return Event.CAUSE_NORMAL; }
        @Override public int getCallCenterCause() { return Event.CAUSE_NORMAL; }
        @Override public MetaEvent getMetaEvent() { return null; }
        @Override public Object getSource() { return agent; }

        @Override
        public int getID() {
            switch (state) {
                case Agent.LOG_IN: return AGENT_TERMINAL_LOGGED_ON;
                case Agent.LOG_OUT: return AGENT_TERMINAL_LOGGED_OFF;
                case Agent.READY: return AGENT_TERMINAL_READY;
                case Agent.NOT_READY: return AGENT_TERMINAL_NOT_READY;
                case Agent.WORK_NOT_READY: return AGENT_TERMINAL_WORK_NOT_READY;
                case Agent.WORK_READY: return AGENT_TERMINAL_WORK_READY;
                case Agent.BUSY: return AGENT_TERMINAL_BUSY;
                default: return AGENT_TERMINAL_UNKNOWN;
            }
        }
    }
}
