package org.helpdesk.cti;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import javax.telephony.Call;
import javax.telephony.JtapiPeerFactory;
import javax.telephony.callcenter.CallCenterCall;
import javax.telephony.callcenter.CallCenterProvider;
import org.helpdesk.dialer.CallRef;
import org.helpdesk.jtapi.sip.Sipp;
import org.junit.jupiter.api.Test;

/**
 * What the telephony port learns from the provider itself, with a real provider (jtapi-ri on 127.0.0.1) and sipp
 * phones that stay on the line until hung up: which phones are on a call, whoever placed it, and which of our calls
 * the provider still has; and hanging up the agent's side releases the call.
 */
class PhoneLinesTest {

    private static final int BASE = Integer.getInteger("cti.test.sipBase", 27060);
    private static final Duration CALL = Duration.ofSeconds(20);

    @Test
    void phoneIsInUseFromItsFirstRingUntilTheCallIsHungUpWhoeverPlacedIt() throws Exception {
        Sipp.requireInstalled();
        CallCenterProvider provider = (CallCenterProvider) JtapiPeerFactory.getJtapiPeer(null).getProvider(
                "SIP;listen=127.0.0.1:" + BASE + ";trunk=sip:127.0.0.1:" + (BASE + 1)
                        + ";terminal.1001=sip:1001@127.0.0.1:" + (BASE + 11)
                        + ";terminal.1002=sip:1002@127.0.0.1:" + (BASE + 12));
        try (Sipp agent = Sipp.phone("agent-answers.xml", BASE + 11, BASE + 21, BASE + 30, BASE);
             Sipp customer = Sipp.phone("customer-answers.xml", BASE + 1, BASE + 2, BASE + 40, BASE)) {
            PhoneLines lines = new PhoneLines();
            lines.watch(provider);
            assertTrue(lines.inUse().isEmpty());
            CallRef ref = new CallRef("request-1", 7);

            // placed straight through JTAPI, as any other application (or a person at a PBX) could
            CallCenterCall call = (CallCenterCall) provider.createCall();
            call.setApplicationData(ref.toString());
            call.connect(provider.getTerminal("1001"), provider.getAddress("1001"), "+16505550100");

            await().atMost(CALL).until(() -> lines.inUse().contains("1001"));
            assertFalse(lines.inUse().contains("1002"), "only the phone on the call");
            await().atMost(CALL).until(() -> call.getConnections() != null && call.getConnections().length == 2
                    && call.getConnections()[1].getState() == javax.telephony.Connection.CONNECTED);
            assertEquals(Set.of(ref), LiveCalls.of(provider));
            assertTrue(lines.inUse().contains("1001"), "talking");

            Call found = LiveCalls.find(provider, ref).orElseThrow();
            LiveCalls.hangUp(found, "1001");

            await().atMost(CALL).until(() -> lines.inUse().isEmpty());
            await().atMost(CALL).until(() -> LiveCalls.of(provider).isEmpty());
            assertHungUp(agent);
            assertHungUp(customer);
        } finally {
            provider.shutdown();
        }
    }

    /** The phone's scenario ran to its end: it got its BYE. */
    private static void assertHungUp(Sipp phone) throws Exception {
        int exit = phone.awaitExit(CALL);
        if (exit != 0) {
            throw new AssertionError("sipp exited with " + exit + ": " + phone.describe());
        }
    }
}
