package org.helpdesk.jtapi.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import javax.telephony.InvalidArgumentException;
import javax.telephony.JtapiPeerFactory;
import javax.telephony.callcenter.ACDAddress;
import javax.telephony.callcenter.Agent;
import javax.telephony.callcenter.AgentTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Agents log on to an ACD group and the ready agent idle the longest gets the next call. */
class AcdTest {
    private SipProviderImpl provider;
    private AcdAddressImpl support;

    @BeforeEach
    void startProvider() throws Exception {
        provider = (SipProviderImpl) JtapiPeerFactory.getJtapiPeer(null).getProvider("SIP;listen=127.0.0.1:"
                + TestPorts.single() + ";acd=support;terminal.a1=sip:a1@127.0.0.1:5061"
                + ";terminal.a2=sip:a2@127.0.0.1:5062;terminal.a3=sip:a3@127.0.0.1:5063");
        support = (AcdAddressImpl) provider.getAddress("support");
    }

    @AfterEach
    void stopProvider() {
        provider.shutdown();
    }

    private Agent logOn(String terminal, int state) throws Exception {
        return ((AgentTerminal) provider.getTerminal(terminal)).addAgent(null, support, state, terminal, null);
    }

    @Test
    void theReadyAgentIdleTheLongestGetsTheCall() throws Exception {
        Agent first = logOn("a1", Agent.NOT_READY);
        Agent second = logOn("a2", Agent.NOT_READY);
        Agent third = logOn("a3", Agent.NOT_READY);
        second.setState(Agent.READY);
        third.setState(Agent.READY);
        first.setState(Agent.READY);
        assertEquals(second, support.seizeLongestIdle());
        assertEquals(Agent.BUSY, second.getState());
        assertEquals(third, support.seizeLongestIdle());
        assertEquals(first, support.seizeLongestIdle());
        assertNull(support.seizeLongestIdle(), "nobody left ready");
    }

    @Test
    void notReadyAndWorkNotReadyAgentsGetNoCalls() throws Exception {
        logOn("a1", Agent.NOT_READY);
        Agent wrapUp = logOn("a2", Agent.READY);
        wrapUp.setState(Agent.WORK_NOT_READY);
        assertNull(support.seizeLongestIdle());
        assertEquals(2, ((ACDAddress) support).getAgentsLoggedIn());
        assertEquals(0, ((ACDAddress) support).getAgentsAvailable());
    }

    @Test
    void anAgentBackFromACallQueuesBehindAgentsThatWaitedLonger() throws Exception {
        Agent first = logOn("a1", Agent.READY);
        Agent second = logOn("a2", Agent.READY);
        AgentImpl busy = support.seizeLongestIdle();
        assertEquals(first, busy);
        busy.release();
        assertEquals(second, support.seizeLongestIdle());
    }

    @Test
    void agentsCannotSetThemselvesBusy() throws Exception {
        Agent agent = logOn("a1", Agent.READY);
        assertThrows(InvalidArgumentException.class, () -> agent.setState(Agent.BUSY));
    }
}
