package org.helpdesk.jtapi.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import javax.telephony.ConnectionEvent;
import javax.telephony.JtapiPeerFactory;
import javax.telephony.callcenter.CallCenterCall;
import javax.telephony.callcontrol.CallControlEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real network: requests for dialogs that do not exist, a 200 OK that crosses our CANCEL. */
class SipRobustnessTest {
    private static final Duration SIPP_EXIT = Duration.ofSeconds(30);

    private final TestPorts ports = new TestPorts();
    private SipProviderImpl provider;

    @BeforeEach
    void startProvider() throws Exception {
        Sipp.requireInstalled();
        provider = (SipProviderImpl) JtapiPeerFactory.getJtapiPeer(null).getProvider(ports.providerString(""));
    }

    @AfterEach
    void stopProvider() {
        try {
            Leaks.assertNone(provider);
        } finally {
            provider.shutdown();
        }
    }

    @Test
    void byeForAnUnknownDialogIsAnsweredWith481() throws Exception {
        try (Sipp stranger = Sipp.caller("stray-bye.xml", "helpdesk", ports.caller, ports.callerControl,
                ports.callerMedia, ports.provider)) {
            assertEquals(0, stranger.awaitExit(SIPP_EXIT), stranger.describe());
        }
    }

    @Test
    void customerAnsweringAsTheRingTimeCancelsIsAcknowledgedAndHungUp() throws Exception {
        CallRecorder recorder = new CallRecorder();
        try (Sipp agent = Sipp.phone("agent-answers-released.xml", ports.agent, ports.agentControl,
                ports.agentMedia, ports.provider);
             Sipp customer = Sipp.phone("customer-answers-as-cancel-arrives.xml", ports.customer,
                     ports.customerControl, ports.customerMedia, ports.provider)) {
            CallCenterCall call = (CallCenterCall) provider.createCall();
            call.addCallListener(recorder);
            call.connect(provider.getTerminal("agent1"), provider.getAddress("agent1"), "5550123");
            recorder.awaitCallEnded();
            ConnectionEvent failed = recorder.last("5550123", ConnectionEvent.CONNECTION_FAILED);
            assertEquals(CallControlEvent.CAUSE_CALL_NOT_ANSWERED, ((CallControlEvent) failed).getCallControlCause());
            assertEquals(0, customer.awaitExit(SIPP_EXIT), customer.describe());
            assertEquals(0, agent.awaitExit(SIPP_EXIT), agent.describe());
        }
    }
}
