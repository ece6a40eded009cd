package org.helpdesk.jtapi.sip;

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
import javax.telephony.callcontrol.CallControlEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Call.connect when a phone does not take the call: busy, declined, unanswered, unreachable. */
class AgentFirstCallFailureTest {
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
        CallCenterCall call = (CallCenterCall) provider.createCall();
        call.addCallListener(recorder);
        call.setApplicationData("help-request-42");
        Terminal agent = provider.getTerminal("agent1");
        Address agentAddress = provider.getAddress("agent1");
        return call.connect(agent, agentAddress, number);
    }

    @Test
    void busyCustomerFailsTheConnectionWithCauseBusyAndReleasesTheAgent() throws Exception {
        try (Sipp agent = Sipp.phone("agent-answers-released.xml",
                ports.agent, ports.agentControl, ports.agentMedia, ports.provider);
             Sipp customer = Sipp.phone("customer-busy.xml", ports.customer, ports.customerControl,
                     ports.customerMedia, ports.provider)) {
            callCustomer("5550123");
            recorder.awaitCallEnded();
            ConnectionEvent failed = recorder.last("5550123", ConnectionEvent.CONNECTION_FAILED);
            assertEquals(CallControlEvent.CAUSE_BUSY, ((CallControlEvent) failed).getCallControlCause());
            assertTrue(recorder.connectionStates("agent1").contains("DISCONNECTED"));
            assertEquals(0, customer.awaitExit(SIPP_EXIT), customer.describe());
            assertEquals(0, agent.awaitExit(SIPP_EXIT), agent.describe());
        }
    }

    @Test
    void decliningCustomerFailsTheConnectionWithCauseDeclined() throws Exception {
        try (Sipp agent = Sipp.phone("agent-answers-released.xml", ports.agent, ports.agentControl,
                ports.agentMedia, ports.provider);
             Sipp customer = Sipp.phone("customer-declines.xml", ports.customer, ports.customerControl,
                     ports.customerMedia, ports.provider)) {
            callCustomer("5550123");
            recorder.awaitCallEnded();
            ConnectionEvent failed = recorder.last("5550123", ConnectionEvent.CONNECTION_FAILED);
            assertEquals(SipCause.DECLINED.jtapiCause(), failed.getCause());
            assertEquals(0, customer.awaitExit(SIPP_EXIT), customer.describe());
            assertEquals(0, agent.awaitExit(SIPP_EXIT), agent.describe());
        }
    }

    @Test
    void unansweredCustomerIsCancelledAfterTheRingTimeWithCauseNoAnswer() throws Exception {
        try (Sipp agent = Sipp.phone("agent-answers-released.xml", ports.agent, ports.agentControl,
                ports.agentMedia, ports.provider);
             Sipp customer = Sipp.phone("customer-rings-unanswered.xml", ports.customer, ports.customerControl,
                     ports.customerMedia, ports.provider)) {
            callCustomer("5550123");
            recorder.awaitCallEnded();
            ConnectionEvent failed = recorder.last("5550123", ConnectionEvent.CONNECTION_FAILED);
            assertEquals(CallControlEvent.CAUSE_CALL_NOT_ANSWERED, ((CallControlEvent) failed).getCallControlCause());
            assertEquals(0, customer.awaitExit(SIPP_EXIT), customer.describe());
            assertEquals(0, agent.awaitExit(SIPP_EXIT), agent.describe());
        }
    }

    @Test
    void unreachableTrunkFailsTheCustomerWithCauseNetworkNotObtainable() throws Exception {
        try (Sipp agent = Sipp.phone("agent-answers-released.xml", ports.agent, ports.agentControl,
                ports.agentMedia, ports.provider)) {
            callCustomer("5550123");
            recorder.awaitCallEnded();
            ConnectionEvent failed = recorder.last("5550123", ConnectionEvent.CONNECTION_FAILED);
            assertEquals(javax.telephony.Event.CAUSE_NETWORK_NOT_OBTAINABLE, failed.getCause());
            assertEquals(0, agent.awaitExit(SIPP_EXIT), agent.describe());
        }
    }

    @Test
    void busyAgentFailsTheCallBeforeTheCustomerIsDialled() throws Exception {
        try (Sipp agent = Sipp.phone("agent-busy.xml", ports.agent, ports.agentControl, ports.agentMedia,
                ports.provider)) {
            callCustomer("5550123");
            recorder.awaitCallEnded();
            assertEquals(List.of("CREATED", "INPROGRESS", "FAILED"), recorder.connectionStates("agent1"));
            assertEquals(List.of("CREATED", "DISCONNECTED"), recorder.connectionStates("5550123"));
            assertEquals(0, agent.awaitExit(SIPP_EXIT), agent.describe());
        }
    }
}
