package org.helpdesk.jtapi.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Who may call what: a route address (a help number) takes anyone's call; a terminal's extension (or any other
 * address of ours) only calls from the trusted peers and from our own phones. Everyone else hears 403.
 */
class InboundAdmissionTest {
    private static final Duration SIPP_EXIT = Duration.ofSeconds(30);
    private static final String STRANGER = InboundRoutingTest.STRANGER;
    /** Another loopback address, for a phone that registers from where no phone is configured. */
    private static final String ROAMING_PHONE = "127.0.0.3";

    private final TestPorts ports = new TestPorts();
    private SipProviderImpl provider;

    @AfterEach
    void stopProvider() {
        Leaks.assertNoneThenShutDown(provider);
    }

    private void start(String extra) throws Exception {
        provider = ports.hotlineProvider(extra);
    }

    @Test
    void aStrangerCallingAnAgentsExtensionIsRefusedWith403AndThePhoneNeverRings() throws Exception {
        start("");
        try (Sipp agent = Sipp.phone("agent-answers-inbound.xml", ports.agent, ports.agentControl, ports.agentMedia,
                ports.provider);
             Sipp stranger = Sipp.callerFrom(STRANGER, "caller-refused.xml", "agent1", ports.caller,
                     ports.callerControl, ports.callerMedia, ports.provider, List.of())) {
            assertEquals(0, stranger.awaitExit(SIPP_EXIT), stranger.describe());
            assertFalse(agent.messages().contains("INVITE"), "the agent's phone got: " + agent.messages());
            assertTrue(agent.isRunning(), "the agent's phone still waits for its first call");
        }
    }

    @Test
    void aStrangerCallingAnAddressWeDoNotHaveIsRefusedAlikeSoNoNameCanBeProbed() throws Exception {
        start("");
        try (Sipp stranger = Sipp.callerFrom(STRANGER, "caller-refused.xml", "nobody", ports.caller,
                ports.callerControl, ports.callerMedia, ports.provider, List.of())) {
            assertEquals(0, stranger.awaitExit(SIPP_EXIT), stranger.describe());
        }
    }

    @Test
    void aPhoneOfOursMayCallAnotherExtension() throws Exception {
        start(";terminal.agent2=sip:agent2@" + STRANGER + ":" + ports.caller);
        try (Sipp agent = Sipp.phone("agent-answers-inbound.xml", ports.agent, ports.agentControl, ports.agentMedia,
                ports.provider);
             Sipp colleague = Sipp.callerFrom(STRANGER, "caller-asserted-identity.xml", "agent1", ports.caller,
                     ports.callerControl, ports.callerMedia, ports.provider, List.of())) {
            assertEquals(0, colleague.awaitExit(SIPP_EXIT), colleague.describe());
            assertEquals(0, agent.awaitExit(SIPP_EXIT), agent.describe());
        }
    }

    @Test
    void aPhoneThatRegisteredMayCallAnExtensionFromWhereItRegistered() throws Exception {
        start(";terminal.agent2=sip:agent2@127.0.0.1:" + ports.customer + ";terminal.agent2.password=s3cret");
        try (Sipp registering = Sipp.registeringFrom(ROAMING_PHONE, "register-accepted.xml", "agent2", "s3cret", 1,
                ports.caller, ports.callerControl, ports.registerMedia, ports.provider)) {
            assertEquals(0, registering.awaitExit(SIPP_EXIT), registering.describe());
        }
        try (Sipp agent = Sipp.phone("agent-answers-inbound.xml", ports.agent, ports.agentControl, ports.agentMedia,
                ports.provider);
             Sipp colleague = Sipp.callerFrom(ROAMING_PHONE, "caller-asserted-identity.xml", "agent1", ports.caller,
                     ports.callerControl, ports.callerMedia, ports.provider, List.of())) {
            assertEquals(0, colleague.awaitExit(SIPP_EXIT), colleague.describe());
            assertEquals(0, agent.awaitExit(SIPP_EXIT), agent.describe());
        }
    }
}
