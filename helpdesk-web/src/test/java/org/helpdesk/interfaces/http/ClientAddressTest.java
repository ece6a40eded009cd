package org.helpdesk.interfaces.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final Set<String> BALANCERS = Set.of("10.0.0.1", "10.0.0.2");

    @Test
    void withoutTrustedProxiesTheConnectionsAddressCounts() {
        assertEquals("203.0.113.9", ClientAddress.resolve("203.0.113.9", "198.51.100.7", Set.of()));
    }

    @Test
    void aTrustedBalancerIsBelievedAboutTheClientBehindIt() {
        assertEquals("198.51.100.7", ClientAddress.resolve("10.0.0.1", "198.51.100.7", BALANCERS));
        assertEquals("198.51.100.7", ClientAddress.resolve("10.0.0.1", "198.51.100.7, 10.0.0.2", BALANCERS));
    }

    @Test
    void addressesAClientWroteItselfAreIgnored() {
        assertEquals("198.51.100.7", ClientAddress.resolve("10.0.0.1", "1.2.3.4, 198.51.100.7", BALANCERS));
        assertEquals("203.0.113.9", ClientAddress.resolve("203.0.113.9", "1.2.3.4", BALANCERS),
                "a header from an untrusted peer changes nothing");
    }

    @Test
    void aChainOfOnlyProxiesOrAnEmptyHeaderFallsBackToTheConnection() {
        assertEquals("10.0.0.1", ClientAddress.resolve("10.0.0.1", " ", BALANCERS));
        assertEquals("10.0.0.2", ClientAddress.resolve("10.0.0.1", "10.0.0.2", BALANCERS));
    }
}
