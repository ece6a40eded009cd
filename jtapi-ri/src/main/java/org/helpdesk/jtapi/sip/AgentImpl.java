package org.helpdesk.jtapi.sip;

import javax.telephony.Address;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidStateException;
import javax.telephony.callcenter.ACDAddress;
import javax.telephony.callcenter.Agent;
import javax.telephony.callcenter.AgentTerminal;

/**
 * An agent logged on to one ACD group from one terminal. The ACD hands calls to the READY agent idle the longest;
 * while on such a call the agent is BUSY, and READY again (idle from that moment) when it ends.
 */
final class AgentImpl implements Agent {
    private final TerminalImpl terminal;
    private final AcdAddressImpl acd;
    private final AddressImpl address;
    private final String agentId;
    private int state;
    private long idleSince = System.nanoTime();
    private final SerialExecutor announcements;

    AgentImpl(TerminalImpl terminal, AcdAddressImpl acd, AddressImpl address, String agentId, int state) {
        this.terminal = terminal;
        this.acd = acd;
        this.address = address;
        this.agentId = agentId;
        this.state = state;
        this.announcements = acd.announcements();
    }

    /** Announces log-on and the initial state. */
    void loggedOn() {
        AgentEvents.fire(this, Agent.LOG_IN, announcements);
        AgentEvents.fire(this, state, announcements);
    }

    @Override
    public void setState(int next) throws InvalidArgumentException, InvalidStateException {
        switch (next) {
            case Agent.READY:
            case Agent.NOT_READY:
            case Agent.WORK_NOT_READY:
            case Agent.WORK_READY:
                break;
            case Agent.LOG_OUT:
                terminal.removeAgent(this);
                return;
            default:
                throw new InvalidArgumentException("An application may set READY, NOT_READY, WORK_NOT_READY, "
                        + "WORK_READY or LOG_OUT, not " + next);
        }
        synchronized (acd) {
            if (state == Agent.LOG_OUT) {
                throw new InvalidStateException(this, InvalidStateException.TERMINAL_OBJECT, state, "Logged out");
            }
            if (next == Agent.READY && state != Agent.READY) {
                idleSince = System.nanoTime();
            }
            state = next;
        }
        AgentEvents.fire(this, next, announcements);
        if (next == Agent.READY) {
            acd.agentReady();
        }
    }

    /** Taken by the ACD for a call; called with the ACD's lock held. */
    void seize() {
        state = Agent.BUSY;
        AgentEvents.fire(this, Agent.BUSY, announcements);
    }

    /** The ACD call ended: the agent is ready again and idle from now. */
    void release() {
        synchronized (acd) {
            if (state == Agent.BUSY) {
                state = Agent.READY;
                idleSince = System.nanoTime();
                AgentEvents.fire(this, Agent.READY, announcements);
            }
        }
        acd.agentReady();
    }

    /** Offered an ACD call and did not take it (busy, declined, no answer): the agent is NOT_READY. */
    void missedCall() {
        synchronized (acd) {
            if (state != Agent.BUSY) {
                return;
            }
            state = Agent.NOT_READY;
        }
        AgentEvents.fire(this, Agent.NOT_READY, announcements);
    }

    void logOff() {
        synchronized (acd) {
            state = Agent.LOG_OUT;
        }
        AgentEvents.fire(this, Agent.LOG_OUT, announcements);
        acd.logOff(this);
    }

    boolean isReady() {
        return state == Agent.READY;
    }

    long idleSince() {
        return idleSince;
    }

    TerminalImpl terminal() {
        return terminal;
    }

    @Override
    public int getState() {
        synchronized (acd) {
            return state;
        }
    }

    @Override
    public String getAgentID() {
        return agentId;
    }

    @Override
    public AgentTerminal getAgentTerminal() {
        return terminal;
    }

    @Override
    public ACDAddress getACDAddress() {
        return acd;
    }

    @Override
    public Address getAgentAddress() {
        return address;
    }

    @Override
    public String toString() {
        return "Agent[" + agentId + "@" + terminal.getName() + ", state=" + state + "]";
    }
}
