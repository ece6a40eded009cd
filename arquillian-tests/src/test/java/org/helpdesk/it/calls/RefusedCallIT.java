package org.helpdesk.it.calls;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.helpdesk.it.CallCentre;
import org.helpdesk.it.Phones;
import org.helpdesk.it.ServerLog;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Calls the telephony refuses outright, before any phone rings: an agent whose extension is no terminal of the
 * provider, and customers it cannot reach at all (this provider has no trunk, so every customer's number is refused
 * at once). A refusal on the agent's side makes the agent not ready ("phone unreachable") and gives the request its
 * place back; one on the customer's side is an attempt under the queue's retry policy. Neither is tried again and
 * again: the test counts the call records and the log lines they cause.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RefusedCallIT {

    static final int BASE = Integer.getInteger("helpdesk.it.sipBase", 25060) + 350;
    /** No terminal of the provider has this name. */
    static final String NO_SUCH_PHONE = "9999";
    private static final Duration CALLS = Duration.ofSeconds(60);

    private final CallCentre centre = new CallCentre();

    /** No trunk: the telephony cannot call any customer. */
    @Deployment(testable = false)
    static WebArchive helpdesk() {
        return CallCentre.deployment(BASE, 0, Map.of("7351", BASE + 1), "");
    }

    @Test
    void agentWhosePhoneIsNoTerminalIsMadeNotReadyOnceAndCustomersRefusedAtOnceCountAsAttempts() {
        centre.awaitTelephonyInService(Duration.ofSeconds(30));
        String queue = "refused-" + System.nanoTime() % 100_000;
        centre.queue(queue, "{\"maxAttempts\": 2, \"retryDelaySeconds\": 10, \"wrapUpSeconds\": 0}");
        String unreachable = hire(queue, NO_SUCH_PHONE);
        String reachable = hire(queue, "7351");
        String first = centre.submit(queue, Phones.unique());
        String second = centre.submit(queue, Phones.unique());

        centre.ready(unreachable);

        await().atMost(CALLS).until(() -> "NOT_READY".equals(centre.agent(unreachable).getString("state")));
        JsonObject agent = centre.agent(unreachable);
        assertEquals("phone unreachable", agent.getString("notReadyReason"), agent::toString);
        List<JsonObject> refused = centre.calls(first);
        assertEquals(1, refused.size(), "one call, not one after another: " + refused);
        assertEquals("AGENT_UNREACHABLE", refused.get(0).getString("endCause"));
        assertEquals("QUEUED", centre.request(first).getString("status"), "not the customer's fault");
        assertEquals(1, centre.request(first).getInt("position"), "first in line again");
        assertEquals(2, centre.request(second).getInt("position"));

        // an agent whose phone works takes the line: every customer is refused by the telephony, one attempt each
        centre.ready(reachable);

        await().atMost(CALLS).until(() -> "FAILED".equals(centre.request(first).getString("status"))
                && "FAILED".equals(centre.request(second).getString("status")));
        List<JsonObject> calls = centre.calls(first);
        assertEquals(List.of("AGENT_UNREACHABLE", "CUSTOMER_UNREACHABLE", "CUSTOMER_UNREACHABLE"),
                calls.stream().map(call -> call.getString("endCause")).toList(), calls::toString);
        assertEquals(List.of(1, 1, 2), calls.stream().map(call -> call.getInt("attempt")).toList(),
                "the agent's refusal did not count against the customer: " + calls);
        assertEquals(2, centre.calls(second).size(), centre.calls(second)::toString);
        assertEquals("READY", centre.agent(reachable).getString("state"), "the refusals were not this agent's doing");
        assertEquals("NOT_READY", centre.agent(unreachable).getString("state"));
        assertEquals(1, centre.calls(first).stream()
                .filter(call -> NO_SUCH_PHONE.equals(call.getString("extension"))).count(),
                "the unreachable phone was not offered a call again");

        List<String> logged = ServerLog.linesAbout(first, second, "phone " + NO_SUCH_PHONE);
        assertTrue(logged.size() <= 60, logged.size() + " log lines about these calls:\n"
                + String.join("\n", logged.subList(0, Math.min(80, logged.size()))));
        assertTrue(logged.stream().noneMatch(line -> line.startsWith("\tat ")), "no stack trace for a refusal:\n"
                + String.join("\n", logged));
    }

    private String hire(String queue, String extension) {
        return centre.hire(queue + "-" + extension, extension, queue);
    }
}
