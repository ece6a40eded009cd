package org.helpdesk.jtapi.sip;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import javax.telephony.Connection;
import javax.telephony.ConnectionEvent;
import javax.telephony.JtapiPeerFactory;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.callcontrol.CallControlEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** CallControlCall.transfer(String): the agent leaves, the customer is connected to the new destination. */
class BlindTransferTest {
    private final TestPorts ports = new TestPorts();
    private SipProviderImpl provider;

    @AfterEach
    void stopProvider() {
        Leaks.assertNoneThenShutDown(provider);
    }

    @Test
    void blindTransferReleasesTheAgentAndConnectsTheCustomerToTheTarget() throws Exception {
        Sipp.requireInstalled();
        provider = (SipProviderImpl) JtapiPeerFactory.getJtapiPeer(null).getProvider(ports.providerString(""));
        CallRecorder recorder = new CallRecorder();
        String target = "sip:target@127.0.0.1:" + ports.caller;
        try (Sipp agent = Sipp.phone("agent-answers.xml", ports.agent, ports.agentControl, ports.agentMedia,
                ports.provider);
             Sipp customer = Sipp.phone("customer-answers-then-transferred.xml", ports.customer,
                     ports.customerControl, ports.customerMedia, ports.provider);
             Sipp transferTarget = Sipp.phone("target-answers.xml", ports.caller, ports.callerControl,
                     ports.callerMedia, ports.provider)) {
            CallControlCall call = (CallControlCall) provider.createCall();
            call.addCallListener(recorder);
            Connection[] connections = call.connect(provider.getTerminal("agent1"), provider.getAddress("agent1"),
                    "5550123");
            await().atMost(Duration.ofSeconds(10)).until(() -> connections[1].getState() == Connection.CONNECTED);

            Connection transferred = call.transfer(target);

            await().atMost(Duration.ofSeconds(10)).until(() -> transferred.getState() == Connection.CONNECTED);
            ConnectionEvent agentLeft = recorder.last("agent1", ConnectionEvent.CONNECTION_DISCONNECTED);
            assertEquals(CallControlEvent.CAUSE_TRANSFER, ((CallControlEvent) agentLeft).getCallControlCause());
            call.drop();
            recorder.awaitCallEnded();
            assertEquals(0, agent.awaitExit(Duration.ofSeconds(30)), agent.describe());
            assertEquals(0, customer.awaitExit(Duration.ofSeconds(30)), customer.describe());
            assertEquals(0, transferTarget.awaitExit(Duration.ofSeconds(30)), transferTarget.describe());
        }
    }
}
