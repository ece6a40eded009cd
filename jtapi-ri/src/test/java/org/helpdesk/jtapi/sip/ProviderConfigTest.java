package org.helpdesk.jtapi.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.telephony.ProviderUnavailableException;
import org.junit.jupiter.api.Test;

class ProviderConfigTest {
    @Test
    void providerStringNamesListenAddressTrunkTerminalsAndOptions() {
        ProviderConfig config = ProviderConfig.parse("SIP;listen=127.0.0.1:15060;trunk=sip:gw.example:5060;"
                + "terminal.agent1=sip:agent1@10.0.0.5:5062;terminal.agent2=sip:agent2@10.0.0.6;route=hotline;"
                + "acd=support,sales;ringTimeout=20;setupTimeout=2.5;routeTimeout=3;routeDefault=support;"
                + "alertInfo=<urn:alert:service:recall:callback>;callerId=4930555;transport=tcp;"
                + "trusted=10.0.0.9,sbc.example");
        assertEquals("127.0.0.1", config.host());
        assertEquals(15060, config.port());
        assertEquals("sip:gw.example:5060", config.trunk());
        assertEquals(Map.of("agent1", "sip:agent1@10.0.0.5:5062", "agent2", "sip:agent2@10.0.0.6"), config.terminals());
        assertEquals(List.of("hotline"), config.routeAddresses());
        assertEquals(List.of("support", "sales"), config.acdAddresses());
        assertEquals(Duration.ofSeconds(20), config.ringTimeout());
        assertEquals(Duration.ofMillis(2500), config.setupTimeout());
        assertEquals(Duration.ofSeconds(3), config.routeTimeout());
        assertEquals("support", config.routeDefault());
        assertEquals("<urn:alert:service:recall:callback>", config.alertInfo());
        assertEquals("4930555", config.callerId());
        assertEquals("tcp", config.transport());
        assertEquals(List.of("10.0.0.9", "sbc.example"), config.trustedPeers());
    }

    @Test
    void defaultsAreADistinctiveCallWaitingRingAndBusyWhenNobodyRoutes() {
        ProviderConfig config = ProviderConfig.parse("SIP;listen=127.0.0.1:15060");
        assertEquals("<urn:alert:service:call-waiting>", config.alertInfo());
        assertEquals("busy", config.routeDefault());
        assertEquals(Duration.ofSeconds(30), config.ringTimeout());
        assertEquals("udp", config.transport());
        assertNull(config.trunk());
        assertEquals(List.of(), config.trustedPeers(), "the trunk is trusted without being listed");
    }

    @Test
    void trunkCredentialsAndTerminalPasswordsAreReadAndMustBeComplete() {
        ProviderConfig config = ProviderConfig.parse("SIP;listen=127.0.0.1:15060;trunk=sip:gw.example;"
                + "trunk.user=acct7;trunk.password=pw7;terminal.agent1=sip:agent1@10.0.0.5;terminal.agent1.password=s3");
        assertEquals("acct7", config.trunkUser());
        assertEquals("pw7", config.trunkPassword());
        assertEquals(Map.of("agent1", "s3"), config.passwords());
        assertEquals(Map.of("agent1", "sip:agent1@10.0.0.5"), config.terminals());
        assertThrows(ProviderUnavailableException.class,
                () -> ProviderConfig.parse("SIP;listen=127.0.0.1:15060;trunk.user=acct7"));
        assertThrows(ProviderUnavailableException.class,
                () -> ProviderConfig.parse("SIP;listen=127.0.0.1:15060;terminal.ghost.password=x"));
    }

    @Test
    void registerGuessingIsLimitedByDefaultAndTheLimitsMustBePositive() {
        ProviderConfig defaults = ProviderConfig.parse("SIP;listen=127.0.0.1:15060");
        assertEquals(10, defaults.registerGuessesPerSource());
        assertEquals(20, defaults.registerGuessesPerUser());
        assertEquals(Duration.ofSeconds(60), defaults.registerGuessWindow());
        ProviderConfig tuned = ProviderConfig.parse("SIP;listen=127.0.0.1:15060;registerGuessesPerSource=3;"
                + "registerGuessesPerUser=5;registerGuessWindow=30");
        assertEquals(3, tuned.registerGuessesPerSource());
        assertEquals(5, tuned.registerGuessesPerUser());
        assertEquals(Duration.ofSeconds(30), tuned.registerGuessWindow());
        assertThrows(ProviderUnavailableException.class,
                () -> ProviderConfig.parse("SIP;listen=127.0.0.1:15060;registerGuessesPerSource=0"));
        assertThrows(ProviderUnavailableException.class,
                () -> ProviderConfig.parse("SIP;listen=127.0.0.1:15060;registerGuessWindow=0"));
    }

    @Test
    void anotherServiceIsRefusedWithCauseInvalidService() {
        ProviderUnavailableException e = assertThrows(ProviderUnavailableException.class,
                () -> ProviderConfig.parse("TAPI;listen=127.0.0.1:15060"));
        assertEquals(ProviderUnavailableException.CAUSE_INVALID_SERVICE, e.getReason());
    }

    @Test
    void aMissingListenAddressIsAnInvalidArgument() {
        ProviderUnavailableException e = assertThrows(ProviderUnavailableException.class,
                () -> ProviderConfig.parse("SIP;trunk=sip:gw.example"));
        assertEquals(ProviderUnavailableException.CAUSE_INVALID_ARGUMENT, e.getReason());
    }
}
