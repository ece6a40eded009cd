package org.helpdesk.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.helpdesk.it.Api;
import org.helpdesk.it.Api.Reply;
import org.helpdesk.it.Deployments;
import org.helpdesk.it.EventStream;
import org.helpdesk.it.Phones;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Giving a waiting request to a ready agent ({@code POST /api/agents/{login}/assignments}), its refusals, and the
 * agent's event stream ({@code GET /api/agents/me/events}): the screen-pop and state changes, after the commit.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssignmentIT {

    private static final String PASSWORD = "a-long-password";
    private static final Duration SOON = Duration.ofSeconds(10);
    private static final AtomicInteger HIRED = new AtomicInteger();

    private final Api anonymous = Api.local();
    private final Api admin = anonymous.asAdmin();

    @Deployment(testable = false)
    static WebArchive helpdesk() {
        return Deployments.helpdesk();
    }

    private String hire(String role) {
        String login = "assign-" + System.nanoTime() % 1_000_000 + "-" + HIRED.incrementAndGet();
        Reply hired = admin.post("api/agents", """
                {"login": "%s", "name": "Test Agent", "password": "%s", "extension": "1001", "queues": ["default"],
                 "role": "%s"}""".formatted(login, PASSWORD, role));
        assertEquals(201, hired.status(), hired::toString);
        return login;
    }

    private String readyAgent() {
        String login = hire("AGENT");
        Reply ready = anonymous.as(login, PASSWORD).put("api/agents/me/state", "{\"state\": \"READY\"}");
        assertEquals(200, ready.status(), ready::toString);
        return login;
    }

    private JsonObject submit(String phone) {
        Reply created = anonymous.post("api/help-requests", """
                {"phone": "%s", "name": "Ann Example", "pageUrl": "https://shop.example.com/cart?item=42",
                 "pageTitle": "Your cart", "note": "cannot pay"}""".formatted(phone));
        assertEquals(201, created.status(), created::toString);
        return created.json();
    }

    private Reply assign(String login, String requestId) {
        return admin.post("api/agents/" + login + "/assignments", "{\"requestId\": \"" + requestId + "\"}");
    }

    private int waitingInDefaultQueue() {
        return admin.get("api/queues").array().getValuesAs(JsonObject.class).stream()
                .filter(queue -> queue.getString("name").equals("default"))
                .findFirst().orElseThrow().getInt("waiting");
    }

    @Test
    void readyAgentIsGivenAWaitingRequestWithTheCallersHistory() {
        String login = readyAgent();
        String phone = Phones.unique();
        String earlier = submit(phone).getString("id");
        assertEquals(200, anonymous.delete("api/help-requests/" + earlier).status());
        String id = submit(phone).getString("id");
        int waitingBefore = waitingInDefaultQueue();

        Reply assigned = assign(login, id);

        assertEquals(200, assigned.status(), assigned::toString);
        JsonObject pop = assigned.json();
        assertEquals(login, pop.getString("agent"));
        JsonObject request = pop.getJsonObject("request");
        assertEquals(id, request.getString("id"));
        assertEquals(phone, request.getString("phone"));
        assertEquals("Ann Example", request.getString("name"));
        assertEquals("https://shop.example.com/cart?item=42", request.getString("pageUrl"));
        assertEquals("Your cart", request.getString("pageTitle"));
        assertEquals("cannot pay", request.getString("note"));
        assertEquals(1, request.getInt("attempts"));
        assertTrue(pop.isNull("customer"), "no customer database yet: " + pop);
        List<JsonObject> past = pop.getJsonArray("pastRequests").getValuesAs(JsonObject.class);
        assertEquals(1, past.size(), pop::toString);
        assertEquals(earlier, past.get(0).getString("id"));
        assertEquals("CANCELLED", past.get(0).getString("status"));
        assertEquals("DIALING", anonymous.get("api/help-requests/" + id).json().getString("status"));
        assertEquals(waitingBefore - 1, waitingInDefaultQueue(), "the request left the waiting line");
        Reply again = anonymous.post("api/help-requests", "{\"phone\": \"" + phone + "\"}");
        assertEquals(200, again.status(), "while it is being called, the customer's request stays the open one");
        assertEquals(id, again.json().getString("id"));
    }

    @Test
    void requestIsGivenOnlyToAReadyAgentWhoIsFree() {
        String notReady = hire("AGENT");
        String id = submit(Phones.unique()).getString("id");

        Reply refused = assign(notReady, id);

        assertEquals(409, refused.status(), refused::toString);
        assertEquals("login", refused.json().getString("field"));
        assertEquals("QUEUED", anonymous.get("api/help-requests/" + id).json().getString("status"),
                "nothing changed");

        String busy = readyAgent();
        assertEquals(200, assign(busy, id).status());
        Reply second = assign(busy, submit(Phones.unique()).getString("id"));
        assertEquals(409, second.status(), second::toString);
        assertTrue(second.json().getString("detail").contains(id), "names the request the agent is on");
    }

    @Test
    void onlyAWaitingRequestCanBeGiven() {
        String id = submit(Phones.unique()).getString("id");
        assertEquals(200, assign(readyAgent(), id).status());

        Reply taken = assign(readyAgent(), id);
        assertEquals(409, taken.status(), taken::toString);
        assertEquals("requestId", taken.json().getString("field"));

        String cancelled = submit(Phones.unique()).getString("id");
        anonymous.delete("api/help-requests/" + cancelled);
        assertEquals(409, assign(readyAgent(), cancelled).status());
        assertEquals(409, anonymous.delete("api/help-requests/" + id).status(), "being called: too late to cancel");
    }

    @Test
    void unknownAgentsAndRequestsAreNotFoundAndOnlySupervisorsAssign() {
        String login = readyAgent();
        String id = submit(Phones.unique()).getString("id");

        Reply noAgent = assign("nobody-" + System.nanoTime(), id);
        assertEquals(404, noAgent.status(), noAgent::toString);
        assertEquals("login", noAgent.json().getString("field"));
        Reply noRequest = assign(login, "AAAAAAAAAAAAAAAAAAAAAA");
        assertEquals(404, noRequest.status(), noRequest::toString);
        assertEquals("requestId", noRequest.json().getString("field"));
        Reply noBody = admin.post("api/agents/" + login + "/assignments", "{}");
        assertEquals(400, noBody.status(), noBody::toString);
        assertEquals("requestId", noBody.json().getString("field"));
        Api agent = anonymous.as(login, PASSWORD);
        assertEquals(403, agent.post("api/agents/" + login + "/assignments",
                "{\"requestId\": \"" + id + "\"}").status(), "an agent does not pick their own calls");
        assertRefusedAnonymously(anonymous.post("api/agents/" + login + "/assignments",
                "{\"requestId\": \"" + id + "\"}"));
        assertEquals(200, assign(login, id).status(), "the refusals changed nothing");
    }

    @Test
    void eventStreamSendsTheStateThenStateChangesAndTheScreenPop() throws Exception {
        String login = hire("AGENT");
        String id = submit(Phones.unique()).getString("id");

        try (EventStream events = EventStream.open(anonymous.base().resolve("api/agents/me/events"), login,
                PASSWORD)) {
            assertEquals(200, events.status());
            assertTrue(events.contentType().startsWith("text/event-stream"), events.contentType());
            EventStream.Event current = events.next(SOON);
            assertEquals("state", current.name());
            assertEquals("LOGGED_OUT", current.data().getString("state"));

            assertEquals(200, anonymous.as(login, PASSWORD)
                    .put("api/agents/me/state", "{\"state\": \"READY\"}").status());
            EventStream.Event ready = events.next("state", SOON);
            assertEquals("READY", ready.data().getString("state"));
            assertEquals(login, ready.data().getString("login"));

            assertEquals(200, assign(login, id).status());
            EventStream.Event pop = events.next("screen-pop", SOON);
            assertEquals(id, pop.data().getJsonObject("request").getString("id"));
            assertEquals("https://shop.example.com/cart?item=42",
                    pop.data().getJsonObject("request").getString("pageUrl"));
        }
    }

    @Test
    void eventStreamNeedsALogin() {
        assertRefusedAnonymously(anonymous.get("api/agents/me/events"));
    }

    /**
     * 401 is the answer; while other requests of the run are in flight Payara Micro 6.2025.10 sometimes answers an
     * anonymous caller 403 instead (a security context shared between threads: payara/Payara#7928, FISH-7515, fixed
     * after this release). Refused either way, which is what matters here; StaffSecurityIT pins the 401 alone.
     */
    private static void assertRefusedAnonymously(Reply reply) {
        assertTrue(reply.status() == 401 || reply.status() == 403, reply::toString);
    }

    @Test
    void nothingPopsUpForARefusedAssignment() throws Exception {
        String login = readyAgent();
        String cancelled = submit(Phones.unique()).getString("id");
        anonymous.delete("api/help-requests/" + cancelled);
        String id = submit(Phones.unique()).getString("id");

        try (EventStream events = EventStream.open(anonymous.base().resolve("api/agents/me/events"), login,
                PASSWORD)) {
            assertEquals("state", events.next(SOON).name());
            assertEquals(409, assign(login, cancelled).status());
            assertEquals(200, assign(login, id).status());

            EventStream.Event pop = events.next(SOON);
            assertEquals("screen-pop", pop.name());
            assertEquals(id, pop.data().getJsonObject("request").getString("id"),
                    "the first screen-pop is the one that committed");
        }
    }
}
