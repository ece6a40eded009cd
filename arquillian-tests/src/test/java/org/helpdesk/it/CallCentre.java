package org.helpdesk.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.helpdesk.it.Api.Reply;
import org.helpdesk.jtapi.sip.Sipp;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * A call centre with telephony, as the dialer's tests set it up and watch it through the REST API: the packaged
 * application with jtapi-ri on 127.0.0.1 and the agents' phones at fixed ports, then queues, agents, requests, and
 * what became of them (requests, call records, agents).
 */
public final class CallCentre {

    public static final String PASSWORD = "a-long-password";

    private final Api anonymous = Api.local();
    private final Api admin = anonymous.asAdmin();

    /**
     * The WAR with a jtapi-ri provider listening on 127.0.0.1.
     *
     * @param trunk the customers' trunk's port, or 0 for none (then every customer's number is refused at once)
     * @param terminals each agent phone's terminal name and the port its sipp listens on
     * @param settings more of the provider string, e.g. {@code ";ringTimeout=4"}
     */
    public static WebArchive deployment(int listen, int trunk, Map<String, Integer> terminals, String settings) {
        StringBuilder provider = new StringBuilder("SIP;listen=127.0.0.1:" + listen);
        if (trunk != 0) {
            provider.append(";trunk=sip:127.0.0.1:").append(trunk);
        }
        provider.append(settings);
        terminals.forEach((name, port) -> provider.append(";terminal.").append(name).append("=sip:").append(name)
                .append("@127.0.0.1:").append(port));
        Map<String, String> configuration = new HashMap<>(Deployments.GENEROUS_LIMITS);
        configuration.put("helpdesk.jtapi.provider", provider.toString());
        return Deployments.helpdesk(configuration);
    }

    public Api anonymous() {
        return anonymous;
    }

    public Api admin() {
        return admin;
    }

    public Api as(String login) {
        return anonymous.as(login, PASSWORD);
    }

    public void awaitTelephonyInService(Duration within) {
        await().atMost(within).until(() -> "IN_SERVICE".equals(anonymous.get("api/health").json()
                .getString("telephony")));
    }

    /** Creates the queue, or gives it these settings if an earlier run of the tests (same database) created it. */
    public void queue(String name, String settings) {
        Reply created = admin.post("api/queues/" + name, settings);
        if (created.status() == 409) {
            created = admin.put("api/queues/" + name, settings);
        }
        assertTrue(created.status() == 200 || created.status() == 201, created::toString);
    }

    /** Hires an agent of the queue with this phone (password {@link #PASSWORD}). */
    public String hire(String login, String extension, String queue) {
        Reply hired = admin.post("api/agents", """
                {"login": "%s", "name": "Dana Dialer", "password": "%s", "extension": "%s", "queues": ["%s"],
                 "role": "AGENT"}""".formatted(login, PASSWORD, extension, queue));
        assertEquals(201, hired.status(), hired::toString);
        return login;
    }

    public void ready(String login) {
        Reply ready = as(login).put("api/agents/me/state", "{\"state\": \"READY\"}");
        assertEquals(200, ready.status(), ready::toString);
    }

    /** A customer's request from the checkout page of the shop. */
    public String submit(String queue, String phone) {
        Reply created = anonymous.post("api/help-requests", """
                {"phone": "%s", "name": "Ann Example", "queue": "%s",
                 "pageUrl": "https://shop.example.com/checkout?step=2", "pageTitle": "Checkout"}"""
                .formatted(phone, queue));
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("id");
    }

    public JsonObject request(String id) {
        return anonymous.get("api/help-requests/" + id).json();
    }

    public String status(String id) {
        return request(id).getString("status");
    }

    /** The calls placed or taken for the request, oldest first. */
    public List<JsonObject> calls(String id) {
        Reply calls = admin.get("api/supervision/requests/" + id + "/calls");
        assertEquals(200, calls.status(), calls::toString);
        return calls.array().getValuesAs(JsonObject.class);
    }

    /** Waits for the phone's sipp to finish: its scenario passed, every check included (it got its BYE, say). */
    public static void assertPassed(Sipp phone, Duration within) throws Exception {
        int exit = phone.awaitExit(within);
        if (exit != 0) {
            throw new AssertionError("sipp exited with " + exit + ": " + phone.describe());
        }
    }

    public JsonObject agent(String login) {
        Reply agent = admin.get("api/agents/" + login);
        assertEquals(200, agent.status(), agent::toString);
        return agent.json();
    }
}
