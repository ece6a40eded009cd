package org.helpdesk.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.helpdesk.it.Api;
import org.helpdesk.it.Api.Reply;
import org.helpdesk.it.Deployments;
import org.helpdesk.it.Phones;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Call bombing and toll fraud are stopped by rate limits on the anonymous channels. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RateLimitIT {

    private final Api api = Api.local();

    @Deployment(testable = false)
    static WebArchive helpdeskWithLowLimits() {
        return Deployments.helpdesk(Map.of(
                "helpdesk.rate.per-ip-per-minute", "4",
                "helpdesk.rate.per-phone-per-hour", "2",
                "helpdesk.queues", "default,billing,sales"));
    }

    /**
     * One scenario, because both limits share the client's budget: the per-number limit trips first, then the
     * per-client one (the refused submission counts against the client too).
     */
    @Test
    void callBombingIsStoppedPerNumberAcrossQueuesThenPerClient() {
        String phone = Phones.unique();
        Reply first = submit(phone, "default");
        Reply second = submit(phone, "billing");
        Reply third = submit(phone, "sales");

        assertEquals(201, first.status(), first::toString);
        assertEquals(201, second.status(), second::toString);
        assertEquals(429, third.status(), third::toString);
        assertEquals("application/problem+json", third.header("Content-Type"));
        assertTrue(Long.parseLong(third.header("Retry-After")) > 0);

        Reply fourth = submit(Phones.unique(), "default");
        Reply fifth = submit(Phones.unique(), "default");
        assertEquals(201, fourth.status(), "the fourth submission of the minute is still within the client limit");
        assertEquals(429, fifth.status(), fifth::toString);
        long retryAfter = Long.parseLong(fifth.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After within the minute: " + retryAfter);
    }

    /** Each submission claims another client address: from an untrusted peer that must not escape the limit. */
    private Reply submit(String phone, String queue) {
        return api.post("api/help-requests", "{\"phone\": \"" + phone + "\", \"queue\": \"" + queue + "\"}",
                Map.of("Content-Type", "application/json",
                        "X-Forwarded-For", "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255)));
    }
}
