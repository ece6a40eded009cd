package org.helpdesk.jtapi.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import javax.telephony.Connection;
import javax.telephony.ConnectionEvent;
import javax.telephony.JtapiPeerFactory;
import javax.telephony.callcenter.ACDAddress;
import javax.telephony.callcenter.Agent;
import javax.telephony.callcenter.AgentTerminal;
import javax.telephony.callcenter.CallCenterCall;
import javax.telephony.callcenter.CallCenterCallEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** connectPredictive: the customer's phone rings first, with a distinctive Alert-Info; then the agent. */
class CustomerFirstCallTest {
    private static final Duration SIPP_EXIT = Duration.ofSeconds(30);

    private final TestPorts ports = new TestPorts();
    private SipProviderImpl provider;
    private final CallRecorder recorder = new CallRecorder();

    @AfterEach
    void stopProvider() {
        Leaks.assertNoneThenShutDown(provider);
    }

    private void start(String extra) throws Exception {
        Sipp.requireInstalled();
        provider = (SipProviderImpl) JtapiPeerFactory.getJtapiPeer(null).getProvider(ports.providerString(extra));
    }

    @Test
    void customerFirstCallbackRingsWithDistinctiveAlertInfoThenConnectsTheAgent() throws Exception {
        start("");
        try (Sipp customer = Sipp.phone("customer-answers-callback.xml", ports.customer, ports.customerControl,
                ports.customerMedia, ports.provider);
             Sipp agent = Sipp.phone("agent-answers-second.xml", ports.agent, ports.agentControl, ports.agentMedia,
                     ports.provider)) {
            CallCenterCall call = (CallCenterCall) provider.createCall();
            call.addCallListener(recorder);
            call.setApplicationData("help-request-7");
            Connection[] connections = call.connectPredictive(provider.getTerminal("agent1"),
                    provider.getAddress("agent1"), "5550199", Connection.CONNECTED, 5,
                    CallCenterCall.ANSWERING_TREATMENT_NONE, CallCenterCall.ENDPOINT_ANY);
            awaitBothConnectedThenDrop(connections, call);

            assertEquals(0, customer.awaitExit(SIPP_EXIT), customer.describe());
            assertEquals(0, agent.awaitExit(SIPP_EXIT), agent.describe());
            int customerConnected = indexOf("5550199", ConnectionEvent.CONNECTION_CONNECTED);
            int agentInProgress = indexOf("agent1", ConnectionEvent.CONNECTION_IN_PROGRESS);
            assertTrue(customerConnected < agentInProgress, "the agent is called only once the customer answered");
            assertTrue(recorder.events.stream().filter(e -> e instanceof ConnectionEvent)
                    .allMatch(e -> "help-request-7".equals(((CallCenterCallEvent) e).getApplicationData())),
                    "application data travels with every event");
            assertTrue(customer.messages().contains("Alert-Info: <urn:alert:service:call-waiting>"));
            assertTrue(!agent.messages().contains("Alert-Info"), "the agent's phone rings normally");
        }
    }

    @Test
    void configuredAlertInfoReplacesTheDefault() throws Exception {
        start(";alertInfo=<urn:alert:service:recall:callback>;ringTimeout=5");
        try (Sipp customer = Sipp.phone("customer-answers-callback.xml", ports.customer, ports.customerControl,
                ports.customerMedia, ports.provider);
             Sipp agent = Sipp.phone("agent-answers-second.xml", ports.agent, ports.agentControl, ports.agentMedia,
                     ports.provider)) {
            CallCenterCall call = (CallCenterCall) provider.createCall();
            call.addCallListener(recorder);
            Connection[] connections = call.connectPredictive(null, provider.getAddress("agent1"), "5550199",
                    Connection.CONNECTED, 5, CallCenterCall.ANSWERING_TREATMENT_NONE, CallCenterCall.ENDPOINT_ANY);
            awaitBothConnectedThenDrop(connections, call);
            assertEquals(0, customer.awaitExit(SIPP_EXIT), customer.describe());
            assertEquals(0, agent.awaitExit(SIPP_EXIT), agent.describe());
            assertTrue(customer.messages().contains("Alert-Info: <urn:alert:service:recall:callback>"), customer.messages());
        }
    }

    @Test
    void callbackToAnAcdGroupGoesToTheReadyAgent() throws Exception {
        start(";acd=support");
        ACDAddress support = (ACDAddress) provider.getAddress("support");
        AgentTerminal terminal = (AgentTerminal) provider.getTerminal("agent1");
        Agent agent1 = terminal.addAgent(provider.getAddress("agent1"), support, Agent.READY, "a1", null);
        try (Sipp customer = Sipp.phone("customer-answers-callback.xml", ports.customer, ports.customerControl,
                ports.customerMedia, ports.provider);
             Sipp agent = Sipp.phone("agent-answers-second.xml", ports.agent, ports.agentControl, ports.agentMedia,
                     ports.provider)) {
            CallCenterCall call = (CallCenterCall) provider.createCall();
            call.addCallListener(recorder);
            Connection[] connections = call.connectPredictive(null, support, "5550199", Connection.CONNECTED, 5,
                    CallCenterCall.ANSWERING_TREATMENT_NONE, CallCenterCall.ENDPOINT_ANY);
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> agent1.getState() == Agent.BUSY);
            awaitBothConnectedThenDrop(connections, call);
            assertEquals(0, customer.awaitExit(SIPP_EXIT), customer.describe());
            assertEquals(0, agent.awaitExit(SIPP_EXIT), agent.describe());
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5))
                    .until(() -> agent1.getState() == Agent.READY);
        }
    }

    @Test
    void maxRingsOutsideTheSpecifiedRangeIsRefused() throws Exception {
        start("");
        CallCenterCall call = (CallCenterCall) provider.createCall();
        org.junit.jupiter.api.Assertions.assertThrows(javax.telephony.InvalidArgumentException.class,
                () -> call.connectPredictive(provider.getTerminal("agent1"), provider.getAddress("agent1"), "5550199",
                        Connection.CONNECTED, CallCenterCall.MAX_RINGS + 1, CallCenterCall.ANSWERING_TREATMENT_NONE,
                        CallCenterCall.ENDPOINT_ANY));
        assertEquals(javax.telephony.Call.IDLE, call.getState());
    }

    private void awaitBothConnectedThenDrop(Connection[] connections, CallCenterCall call) throws Exception {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                connections[0].getState() == Connection.CONNECTED && connections[1].getState() == Connection.CONNECTED);
        assertEquals(List.of("CREATED", "INPROGRESS", "ALERTING", "CONNECTED"), recorder.connectionStates("5550199"));
        ((javax.telephony.callcontrol.CallControlCall) call).drop();
        recorder.awaitCallEnded();
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
}
