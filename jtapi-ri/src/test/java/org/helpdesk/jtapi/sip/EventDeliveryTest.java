package org.helpdesk.jtapi.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import javax.telephony.CallEvent;
import javax.telephony.Connection;
import javax.telephony.ConnectionEvent;
import javax.telephony.JtapiPeerFactory;
import javax.telephony.callcenter.CallCenterCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How events reach listeners: in order, off the SIP stack's threads, one failing listener harming no other. */
class EventDeliveryTest {
    private final TestPorts ports = new TestPorts();
    private SipProviderImpl provider;

    @BeforeEach
    void startProvider() throws Exception {
        Sipp.requireInstalled();
        provider = (SipProviderImpl) JtapiPeerFactory.getJtapiPeer(null).getProvider(ports.providerString(""));
    }

    @AfterEach
    void stopProvider() {
        provider.shutdown();
    }

    @Test
    void aListenerThatThrowsDoesNotStopTheOthersAndEventsArriveInOrderOnProviderThreads() throws Exception {
        CallRecorder throwing = new CallRecorder() {
            @Override
            void record(CallEvent event) {
                super.record(event);
                throw new IllegalStateException("listener bug");
            }
        };
        CallRecorder healthy = new CallRecorder();
        try (Sipp agent = Sipp.phone("agent-busy.xml", ports.agent, ports.agentControl, ports.agentMedia,
                ports.provider)) {
            CallCenterCall call = (CallCenterCall) provider.createCall();
            call.addCallListener(throwing);
            call.addCallListener(healthy);
            call.connect(provider.getTerminal("agent1"), provider.getAddress("agent1"), "5550123");
            healthy.awaitCallEnded();
            assertEquals(0, agent.awaitExit(Duration.ofSeconds(30)), agent.describe());
        }
        assertEquals(throwing.events.size(), healthy.events.size(), "every listener got every event");
        assertEquals(CallEvent.CALL_ACTIVE, healthy.events.get(0).getID());
        assertEquals(CallEvent.CALL_EVENT_TRANSMISSION_ENDED, healthy.events.get(healthy.events.size() - 1).getID());
        assertEquals(List.of("CREATED", "INPROGRESS", "FAILED"), healthy.connectionStates("agent1"));
        assertTrue(healthy.threads.stream().allMatch(name -> name.startsWith("jtapi-sip-")), healthy.threads.toString());
    }

    @Test
    void shuttingTheProviderDownReleasesCallsThatAreUp() throws Exception {
        CallRecorder recorder = new CallRecorder();
        try (Sipp agent = Sipp.phone("agent-answers.xml", ports.agent, ports.agentControl, ports.agentMedia,
                ports.provider);
             Sipp customer = Sipp.phone("customer-answers.xml", ports.customer, ports.customerControl,
                     ports.customerMedia, ports.provider)) {
            CallCenterCall call = (CallCenterCall) provider.createCall();
            call.addCallListener(recorder);
            Connection[] connections = call.connect(provider.getTerminal("agent1"), provider.getAddress("agent1"),
                    "5550123");
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> connections[1].getState() == Connection.CONNECTED);
            provider.shutdown();
            assertEquals(0, customer.awaitExit(Duration.ofSeconds(30)), customer.describe());
            assertEquals(0, agent.awaitExit(Duration.ofSeconds(30)), agent.describe());
            assertEquals(ConnectionEvent.CONNECTION_DISCONNECTED,
                    recorder.last("5550123", ConnectionEvent.CONNECTION_DISCONNECTED).getID());
            assertEquals(javax.telephony.Provider.SHUTDOWN, provider.getState());
        }
    }
}
