package org.helpdesk.jtapi.sip;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import javax.telephony.Address;
import javax.telephony.Connection;
import javax.telephony.ConnectionEvent;
import javax.telephony.JtapiPeerFactory;
import javax.telephony.Terminal;
import javax.telephony.callcenter.CallCenterCall;
import javax.telephony.callcontrol.CallControlTerminalConnectionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Call.connect: the agent's phone rings first, then the customer through the trunk (RFC 3725 flow III). */
class AgentFirstCallTest {
    private static final Duration SIPP_EXIT = Duration.ofSeconds(30);

    private final TestPorts ports = new TestPorts();
    private SipProviderImpl provider;
    private CallRecorder recorder;

    @BeforeEach
    void startProvider() throws Exception {
        Sipp.requireInstalled();
        provider = (SipProviderImpl) JtapiPeerFactory.getJtapiPeer(null).getProvider(ports.providerString(""));
        recorder = new CallRecorder();
    }

    @AfterEach
    void stopProvider() {
        Leaks.assertNoneThenShutDown(provider);
    }

    private Connection[] callCustomer(String number) throws Exception {
        return callCustomer(number, null);
    }

    private Connection[] callCustomer(String number, javax.telephony.CallListener extra) throws Exception {
        CallCenterCall call = (CallCenterCall) provider.createCall();
        call.addCallListener(recorder);
        if (extra != null) {
            call.addCallListener(extra);
        }
        call.setApplicationData("help-request-42");
        Terminal agent = provider.getTerminal("agent1");
        Address agentAddress = provider.getAddress("agent1");
        return call.connect(agent, agentAddress, number);
    }

    @Test
    void agentFirstCallRingsAgentThenCustomerAndEachPhoneGetsTheOthersSdp() throws Exception {
        try (Sipp agent = Sipp.phone("agent-answers.xml", ports.agent, ports.agentControl, ports.agentMedia, ports.provider);
             Sipp customer = Sipp.phone("customer-answers-then-hangs-up.xml", ports.customer, ports.customerControl,
                     ports.customerMedia, ports.provider)) {
            List<String> callControlEvents = new java.util.concurrent.CopyOnWriteArrayList<>();
            Connection[] connections = callCustomer("5550123", callControlRecorder(callControlEvents));

            recorder.awaitCallEnded();
            assertEquals(0, customer.awaitExit(SIPP_EXIT), customer.describe());
            assertEquals(0, agent.awaitExit(SIPP_EXIT), agent.describe());
            assertEquals(List.of("CREATED", "INPROGRESS", "ALERTING", "CONNECTED", "DISCONNECTED"),
                    recorder.connectionStates("agent1"));
            assertEquals(List.of("CREATED", "INPROGRESS", "ALERTING", "CONNECTED", "DISCONNECTED"),
                    recorder.connectionStates("5550123"));
            assertEquals("agent1", connections[0].getAddress().getName());
            assertEquals("5550123", connections[1].getAddress().getName());
            await().atMost(Duration.ofSeconds(5)).until(() -> callControlEvents.contains("terminalConnectionDropped:365"));
            assertTrue(callControlEvents.containsAll(List.of("connectionInitiated:358", "connectionAlerting:353",
                    "connectionEstablished:356", "terminalConnectionRinging:368", "terminalConnectionTalking:369",
                    "connectionDisconnected:355")), callControlEvents.toString());
            String agentMessages = agent.messages();
            assertTrue(agentMessages.indexOf("INVITE sip:agent1@127.0.0.1:" + ports.agent) >= 0, agentMessages);
        }
    }

    @Test
    void finishedCallLeavesNoSipTransactionOnceTheRetransmissionTimersHaveRun() throws Exception {
        try (Sipp agent = Sipp.phone("agent-answers.xml", ports.agent, ports.agentControl, ports.agentMedia, ports.provider);
             Sipp customer = Sipp.phone("customer-answers-then-hangs-up.xml", ports.customer, ports.customerControl,
                     ports.customerMedia, ports.provider)) {
            callCustomer("5550123");
            recorder.awaitCallEnded();
            assertEquals(0, customer.awaitExit(SIPP_EXIT), customer.describe());
            assertEquals(0, agent.awaitExit(SIPP_EXIT), agent.describe());
            Leaks.assertNone(provider);
            assertTrue(provider.openTransactions() > 0, "the BYE's transaction waits out its timer first");
            // Timer J (64*T1 = 32 s over UDP) is the longest a finished transaction may stay.
            await().atMost(Duration.ofSeconds(40)).until(() -> provider.openTransactions() == 0);
        }
    }

    @Test
    void agentRingsBeforeTheCustomerIsDialled() throws Exception {
        try (Sipp agent = Sipp.phone("agent-answers.xml", ports.agent, ports.agentControl, ports.agentMedia, ports.provider);
             Sipp customer = Sipp.phone("customer-answers-then-hangs-up.xml", ports.customer, ports.customerControl,
                     ports.customerMedia, ports.provider)) {
            callCustomer("5550123");
            recorder.awaitCallEnded();
            int agentConnected = indexOf("agent1", ConnectionEvent.CONNECTION_CONNECTED);
            int customerInProgress = indexOf("5550123", ConnectionEvent.CONNECTION_IN_PROGRESS);
            assertTrue(agentConnected < customerInProgress, "customer dialled only after the agent answered");
            assertEquals(0, customer.awaitExit(SIPP_EXIT), customer.describe());
            assertEquals(0, agent.awaitExit(SIPP_EXIT), agent.describe());
        }
    }

    @Test
    void agentHangingUpTearsDownTheCustomerLeg() throws Exception {
        try (Sipp agent = Sipp.phone("agent-answers-then-hangs-up.xml", ports.agent, ports.agentControl,
                ports.agentMedia, ports.provider);
             Sipp customer = Sipp.phone("customer-answers.xml", ports.customer, ports.customerControl,
                     ports.customerMedia, ports.provider)) {
            callCustomer("5550123");
            recorder.awaitCallEnded();
            assertEquals(0, customer.awaitExit(SIPP_EXIT), customer.describe());
            assertEquals(0, agent.awaitExit(SIPP_EXIT), agent.describe());
            assertEquals("DISCONNECTED", last(recorder.connectionStates("5550123")));
            Leaks.assertNone(provider);
        }
    }

    @Test
    void agentHangingUpWhileTheCustomerRingsCancelsTheCustomer() throws Exception {
        try (Sipp agent = Sipp.phone("agent-hangs-up-while-customer-rings.xml", ports.agent, ports.agentControl,
                ports.agentMedia, ports.provider);
             Sipp customer = Sipp.phone("customer-rings-unanswered.xml", ports.customer, ports.customerControl,
                     ports.customerMedia, ports.provider)) {
            callCustomer("5550123");
            recorder.awaitCallEnded();
            assertEquals(0, customer.awaitExit(SIPP_EXIT), customer.describe());
            assertEquals(0, agent.awaitExit(SIPP_EXIT), agent.describe());
            assertEquals(List.of("CREATED", "INPROGRESS", "ALERTING", "CONNECTED", "DISCONNECTED"),
                    recorder.connectionStates("agent1"));
            assertEquals(List.of("CREATED", "INPROGRESS", "ALERTING", "DISCONNECTED"),
                    recorder.connectionStates("5550123"));
        }
    }

    @Test
    void aPhoneOnTcpIsCalledOverTcp() throws Exception {
        provider.shutdown();
        int tcpProvider = TestPorts.single();
        provider = (SipProviderImpl) JtapiPeerFactory.getJtapiPeer(null).getProvider("SIP;listen=127.0.0.1:"
                + tcpProvider + ";trunk=sip:127.0.0.1:" + ports.customer + ";terminal.agent1=sip:agent1@127.0.0.1:"
                + ports.agent + ";transport=tcp;ringTimeout=3;setupTimeout=1.5");
        try (Sipp agent = Sipp.tcpPhone("agent-answers.xml", ports.agent, ports.agentControl, ports.agentMedia,
                tcpProvider);
             Sipp customer = Sipp.phone("customer-answers-then-hangs-up.xml", ports.customer, ports.customerControl,
                     ports.customerMedia, tcpProvider)) {
            Connection[] connections = callCustomer("sip:5550123@127.0.0.1:" + ports.customer + ";transport=udp");
            recorder.awaitCallEnded();
            assertEquals(0, customer.awaitExit(SIPP_EXIT), customer.describe());
            assertEquals(0, agent.awaitExit(SIPP_EXIT), agent.describe());
            assertEquals(Connection.DISCONNECTED, connections[0].getState());
            assertTrue(agent.messages().contains("TCP message received"), "the agent phone was reached over TCP");
        }
    }

    @Test
    void disconnectingTheCustomerConnectionReleasesBothPhones() throws Exception {
        try (Sipp agent = Sipp.phone("agent-answers.xml", ports.agent, ports.agentControl, ports.agentMedia,
                ports.provider);
             Sipp customer = Sipp.phone("customer-answers.xml", ports.customer, ports.customerControl,
                     ports.customerMedia, ports.provider)) {
            Connection[] connections = callCustomer("5550123");
            await().atMost(Duration.ofSeconds(10)).until(() -> connections[1].getState() == Connection.CONNECTED);
            connections[1].disconnect();
            recorder.awaitCallEnded();
            assertEquals(0, customer.awaitExit(SIPP_EXIT), customer.describe());
            assertEquals(0, agent.awaitExit(SIPP_EXIT), agent.describe());
            Leaks.assertNone(provider);
        }
    }

    /** A call-control terminal connection listener that records "method:eventId" for call-control events. */
    private static CallControlTerminalConnectionListener callControlRecorder(List<String> calls) {
        return (CallControlTerminalConnectionListener) java.lang.reflect.Proxy.newProxyInstance(
                AgentFirstCallTest.class.getClassLoader(), new Class<?>[] {CallControlTerminalConnectionListener.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "equals": return proxy == args[0];
                        case "hashCode": return System.identityHashCode(proxy);
                        case "toString": return "callControlRecorder";
                        default:
                            int id = ((javax.telephony.Event) args[0]).getID();
                            if (id >= 353) {
                                calls.add(method.getName() + ":" + id);
                            }
                            return null;
                    }
                });
    }

    private int indexOf(String address, int id) {
        for (int i = 0; i < recorder.events.size(); i++) {
            if (recorder.events.get(i) instanceof ConnectionEvent && recorder.events.get(i).getID() == id
                    && ((ConnectionEvent) recorder.events.get(i)).getConnection().getAddress().getName().equals(address)) {
                return i;
            }
        }
        return -1;
    }

    private static String last(List<String> states) {
        return states.get(states.size() - 1);
    }
}
