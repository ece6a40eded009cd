package org.helpdesk.jtapi.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import javax.telephony.ConnectionEvent;
import javax.telephony.JtapiPeerFactory;
import javax.telephony.callcenter.CallCenterCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A trunk that demands digest authentication gets the configured trunk credentials. */
class TrunkCredentialsTest {
    private final TestPorts ports = new TestPorts();
    private SipProviderImpl provider;

    @AfterEach
    void stopProvider() {
        Leaks.assertNoneThenShutDown(provider);
    }

    @Test
    void aChallengingTrunkAcceptsTheCallWithTheConfiguredCredentials() throws Exception {
        Sipp.requireInstalled();
        provider = (SipProviderImpl) JtapiPeerFactory.getJtapiPeer(null).getProvider(
                ports.providerString(";trunk.user=helpdesk-trunk;trunk.password=trunk-secret"));
        CallRecorder recorder = new CallRecorder();
        try (Sipp agent = Sipp.phone("agent-answers.xml", ports.agent, ports.agentControl, ports.agentMedia,
                ports.provider);
             Sipp trunk = Sipp.phone("trunk-challenges.xml", ports.customer, ports.customerControl,
                     ports.customerMedia, ports.provider)) {
            CallCenterCall call = (CallCenterCall) provider.createCall();
            call.addCallListener(recorder);
            call.connect(provider.getTerminal("agent1"), provider.getAddress("agent1"), "5550123");
            recorder.awaitCallEnded();
            assertEquals(0, trunk.awaitExit(Duration.ofSeconds(30)), trunk.describe());
            assertEquals(0, agent.awaitExit(Duration.ofSeconds(30)), agent.describe());
            assertTrue(recorder.connectionStates("5550123").contains("CONNECTED"),
                    "the trunk accepted our credentials: " + recorder.connectionStates("5550123"));
            assertEquals(ConnectionEvent.CONNECTION_DISCONNECTED,
                    recorder.last("5550123", ConnectionEvent.CONNECTION_DISCONNECTED).getID());
        }
    }
}
