package org.helpdesk.jtapi.sip;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.telephony.InvalidArgumentException;
import javax.telephony.JtapiPeerFactory;
import javax.telephony.callcenter.ACDAddress;
import javax.telephony.callcenter.ACDAddressListener;
import javax.telephony.callcenter.Agent;
import javax.telephony.callcenter.AgentTerminal;
import javax.telephony.callcenter.AgentTerminalListener;
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
    void agentStateChangesReachAgentTerminalAndAcdAddressListeners() throws Exception {
        List<String> terminalEvents = new CopyOnWriteArrayList<>();
        List<String> acdEvents = new CopyOnWriteArrayList<>();
        provider.getTerminal("a1").addTerminalListener(recording(AgentTerminalListener.class, terminalEvents));
        support.addAddressListener(recording(ACDAddressListener.class, acdEvents));
        Agent agent = logOn("a1", Agent.NOT_READY);
        agent.setState(Agent.READY);
        agent.setState(Agent.LOG_OUT);
        List<String> expected = List.of("agentTerminalLoggedOn", "agentTerminalNotReady", "agentTerminalReady",
                "agentTerminalLoggedOff");
        await().atMost(Duration.ofSeconds(5)).until(() -> terminalEvents.size() == expected.size());
        assertEquals(expected, terminalEvents);
        await().atMost(Duration.ofSeconds(5)).until(() -> acdEvents.size() == expected.size());
        assertEquals(List.of("acdAddressLoggedOn", "acdAddressNotReady", "acdAddressReady", "acdAddressLoggedOff"),
                acdEvents);
    }

    /** A listener of {@code type} that writes the name of each listener method called into {@code calls}. */
    private static <T> T recording(Class<T> type, List<String> calls) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            switch (method.getName()) {
                case "equals": return proxy == args[0];
                case "hashCode": return System.identityHashCode(proxy);
                case "toString": return type.getSimpleName();
                default:
                    calls.add(method.getName());
                    return null;
            }
        }));
    }

    @Test
    void agentsCannotSetThemselvesBusy() throws Exception {
        Agent agent = logOn("a1", Agent.READY);
        assertThrows(InvalidArgumentException.class, () -> agent.setState(Agent.BUSY));
    }
}
