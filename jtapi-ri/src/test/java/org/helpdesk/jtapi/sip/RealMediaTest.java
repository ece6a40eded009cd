package org.helpdesk.jtapi.sip;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import javax.telephony.Connection;
import javax.telephony.JtapiPeerFactory;
import javax.telephony.callcontrol.CallControlCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two real softphones (baresip): after the third-party call is set up, RTP flows between them directly. */
class RealMediaTest {
    private final TestPorts ports = new TestPorts();
    private SipProviderImpl provider;

    @AfterEach
    void stopProvider() {
        if (provider != null) {
            provider.shutdown();
        }
    }

    @Test
    void agentFirstCallBetweenTwoSoftphonesCarriesRtpPhoneToPhone() throws Exception {
        Baresip.requireInstalled();
        // baresip also binds TLS on its SIP port + 1: the phones sit two ports apart
        int agentPort = ports.agent;
        int customerPort = ports.caller;
        provider = (SipProviderImpl) JtapiPeerFactory.getJtapiPeer(null).getProvider("SIP;listen=127.0.0.1:"
                + ports.provider + ";trunk=sip:127.0.0.1:" + customerPort + ";terminal.agent1=sip:agent1@127.0.0.1:"
                + agentPort + ";ringTimeout=10");
        CallRecorder recorder = new CallRecorder();
        try (Baresip agent = Baresip.phone("agent1", agentPort, ports.customerControl, ports.agentMedia);
             Baresip customer = Baresip.phone("5550123", customerPort, ports.callerControl, ports.callerMedia)) {
            CallControlCall call = (CallControlCall) provider.createCall();
            call.addCallListener(recorder);
            Connection[] connections = call.connect(provider.getTerminal("agent1"), provider.getAddress("agent1"),
                    "5550123");
            await().atMost(Duration.ofSeconds(15)).until(() -> connections[1].getState() == Connection.CONNECTED);
            await().atMost(Duration.ofSeconds(15)).until(() -> agent.events().contains("CALL_RTPESTAB")
                    && customer.events().contains("CALL_RTPESTAB"));
            call.drop();
            recorder.awaitCallEnded();
            await().atMost(Duration.ofSeconds(10)).until(() -> agent.events().contains("CALL_CLOSED")
                    && customer.events().contains("CALL_CLOSED"));
            assertTrue(agent.events().contains("CALL_ESTABLISHED"), agent.describe());
            assertTrue(customer.events().contains("CALL_ESTABLISHED"), customer.describe());
        }
    }
}
