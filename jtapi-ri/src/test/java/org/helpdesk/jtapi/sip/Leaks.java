package org.helpdesk.jtapi.sip;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

/** After a call: no call, leg or SIP dialog may be left in the provider. */
final class Leaks {
    private Leaks() {
    }

    /** For {@code @AfterEach}: the provider is shut down even when something leaked; null if it never started. */
    static void assertNoneThenShutDown(SipProviderImpl provider) {
        if (provider == null) {
            return;
        }
        try {
            assertNone(provider);
        } finally {
            provider.shutdown();
        }
    }

    static void assertNone(SipProviderImpl provider) {
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertEquals(0, provider.liveCalls(), "live calls");
            assertEquals(0, provider.liveLegs(), "live SIP legs");
            assertEquals(0, provider.openDialogs(), "open SIP dialogs");
        });
    }
}
