package org.helpdesk.jtapi.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import javax.telephony.JtapiPeerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Phones REGISTER as their terminal with digest authentication; calls then go to the registered contact. */
class RegistrationTest {
    private final TestPorts ports = new TestPorts();
    private SipProviderImpl provider;

    @BeforeEach
    void startProvider() throws Exception {
        Sipp.assumeInstalled();
        provider = (SipProviderImpl) JtapiPeerFactory.getJtapiPeer(null)
                .getProvider(ports.providerString(";terminal.agent1.password=s3cret;realm=helpdesk.test"));
    }

    @AfterEach
    void stopProvider() {
        provider.shutdown();
    }

    @Test
    void registerWithTheRightPasswordIsAcceptedAndMovesTheTerminalToTheRegisteredContact() throws Exception {
        try (Sipp phone = Sipp.registering("register-accepted.xml", "agent1", "s3cret", ports.caller,
                ports.callerControl, ports.registerMedia, ports.provider)) {
            assertEquals(0, phone.awaitExit(Duration.ofSeconds(20)), phone.describe());
        }
        assertEquals("sip:agent1@127.0.0.1:" + ports.caller, provider.terminalFor("agent1").uri());
    }

    @Test
    void registerWithAWrongPasswordIsRefusedAndTheTerminalKeepsItsConfiguredAddress() throws Exception {
        try (Sipp phone = Sipp.registering("register-refused.xml", "agent1", "guess", ports.caller,
                ports.callerControl, ports.registerMedia, ports.provider)) {
            assertEquals(0, phone.awaitExit(Duration.ofSeconds(20)), phone.describe());
        }
        assertEquals("sip:agent1@127.0.0.1:" + ports.agent, provider.terminalFor("agent1").uri());
    }
}
