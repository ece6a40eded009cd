package org.helpdesk.it.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.helpdesk.it.Api;
import org.helpdesk.it.Deployments;
import org.helpdesk.it.Phones;
import org.helpdesk.it.PhoneTrace;
import org.helpdesk.it.PhoneTrace.Received;
import org.helpdesk.jtapi.sip.Sipp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Never two calls to one customer at once, never a request dialled twice for one attempt", across a crash: the
 * packaged server ({@code bin/helpdesk run}, H2, jtapi-ri over SIP on 127.0.0.1) is killed with {@code kill -9}
 * while the customer's phone rings on an agent-first call, and started again as the same instance
 * ({@code HELPDESK_INSTANCE}). sipp processes are the phones, each one running from the first call to the end of the
 * test, so that whatever reaches them before the kill, while the server is down or after the restart is in their
 * message logs: the customer's phone on the trunk (it never answers), the phone of the agent whose call is
 * interrupted (it keeps the orphaned call: a killed server sends no BYE) and the phone of a second agent who is ready
 * from just before the kill on, so that after the restart nothing but the retry delay keeps the dialer from calling.
 */
class DialerCrashIT {

    private static final int HTTP_PORT = Integer.getInteger("helpdesk.it.dialerCrash.httpPort", 18380);
    private static final int JMS_PORT = Integer.getInteger("helpdesk.it.dialerCrash.jmsPort", 61621);
    private static final int BASE = Integer.getInteger("helpdesk.it.dialerCrash.sipBase", 26060);
    private static final int PROVIDER = BASE;
    private static final int TRUNK = BASE + 1;
    private static final int TRUNK_CONTROL = BASE + 2;
    private static final int TRUNK_MEDIA = BASE + 300;
    /** Agent {@code n} (1, 2): extension 720n, phone at BASE + 10 + n. */
    private static final int AGENT_PHONE = BASE + 10;
    private static final int AGENT_CONTROL = BASE + 20;
    private static final int AGENT_MEDIA = BASE + 200;
    private static final String QUEUE = "crash-dial";
    private static final String PASSWORD = "a-long-password";
    private static final Duration RETRY_DELAY = Duration.ofSeconds(20);
    /** How long the provider lets the customer's phone ring before it cancels: the retry's outcome, no answer. */
    private static final Duration RING_TIMEOUT = Duration.ofSeconds(15);
    /** Far more than placing a call takes. */
    private static final Duration CALL = Duration.ofSeconds(30);
    /** How long the phones may keep listening: past any restart, until the test stops them. */
    private static final Duration LIFETIME = Duration.ofMinutes(15);

    private Path repoRoot;
    private Path work;
    private Map<String, String> environment;
    private HelpdeskProcess server;
    private final List<Sipp> phones = new ArrayList<>();

    @BeforeAll
    static void sippIsInstalled() {
        Sipp.requireInstalled();
    }

    @BeforeEach
    void freshDataDirectory() throws IOException {
        repoRoot = HelpdeskProcess.repoRoot();
        work = HelpdeskProcess.freshWorkDirectory("helpdesk.it.dialerCrash.workDir", "target/dialer-crash");
        environment = Map.of(
                "HELPDESK_DATA_DIR", work.resolve("data").toString(),
                "HELPDESK_JMS_PORT", String.valueOf(JMS_PORT),
                "HELPDESK_INSTANCE", "dialer-crash-it",
                "HELPDESK_JTAPI_PROVIDER", "SIP;listen=127.0.0.1:" + PROVIDER + ";trunk=sip:127.0.0.1:" + TRUNK
                        + terminal(1) + terminal(2) + ";ringTimeout=" + RING_TIMEOUT.toSeconds(),
                "HELPDESK_RATE_PER_IP_PER_MINUTE", "100000",
                "HELPDESK_RATE_PER_PHONE_PER_HOUR", "100000",
                "HELPDESK_ADMIN_PASSWORD", Deployments.ADMIN_PASSWORD);
    }

    @AfterEach
    void stopEverything() {
        phones.forEach(Sipp::close);
        if (server != null) {
            server.close();
        }
    }

    @Test
    void callInterruptedByKillNineWhileTheCustomerRingsIsNotRedialledBeforeTheRetryDelayAndThenFollowsTheRetryPolicy()
            throws Exception {
        server = HelpdeskProcess.start(repoRoot, HTTP_PORT, environment, work.resolve("first-run.log"));
        Api admin = server.api().asAdmin();
        Api.Reply queue = admin.post("api/queues/" + QUEUE, """
                {"dialMode": "AGENT_FIRST", "maxAttempts": 2, "retryDelaySeconds": %d, "wrapUpSeconds": 0}"""
                .formatted(RETRY_DELAY.toSeconds()));
        assertEquals(201, queue.status(), queue::toString);
        String interruptedAgent = hire(admin, 1);
        String otherAgent = hire(admin, 2);
        // one phone each, from the first call to the end: whatever reaches them, before or after the crash, is logged
        Sipp customerPhone = phone("customer-never-answers.xml", 2, TRUNK, TRUNK_CONTROL, TRUNK_MEDIA);
        Sipp interruptedAgentPhone = phone("agent-answers-then-the-server-dies.xml", 1, AGENT_PHONE + 1,
                AGENT_CONTROL + 1, AGENT_MEDIA + 10);
        Sipp otherAgentPhone = phone("agent-answers-released.xml", 1, AGENT_PHONE + 2, AGENT_CONTROL + 2,
                AGENT_MEDIA + 20);
        ready(interruptedAgent);
        String id = submit();

        JsonObject ringing = awaitCustomerRinging(id, customerPhone);
        assertEquals(interruptedAgent, ringing.getString("agent"), ringing::toString);
        // a ready agent from now on: after the restart only the retry delay holds the dialer back
        ready(otherAgent);
        assertEquals("DIALING", request(id).getString("status"), "the call is being placed when the server dies");
        server.killNine();
        Instant killedAt = Instant.now();
        server = HelpdeskProcess.start(repoRoot, HTTP_PORT, environment, work.resolve("second-run.log"));

        // the restarted dialer ends the calls left in flight just after start-up
        await("the interrupted call ended").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> !single(calls(id)).isNull("endCause"));
        JsonObject interrupted = single(calls(id));
        assertEquals(1, interrupted.getInt("attempt"), interrupted::toString);
        assertEquals(ringing.getString("startedAt"), interrupted.getString("startedAt"), "the same call record");
        assertEquals("INTERRUPTED", interrupted.getString("endCause"), "ended at start-up: " + interrupted);
        Instant ended = Instant.parse(interrupted.getString("endedAt"));
        assertTrue(ended.isAfter(killedAt), "ended by the restarted server: " + interrupted + ", killed at " + killedAt);
        Instant retryDue = ended.plus(RETRY_DELAY);
        assertEquals("SCHEDULED", request(id).getString("status"), "waits for its retry, due at " + retryDue
                + ", not DIALING");
        JsonObject agent = agent(interruptedAgent);
        assertEquals("NOT_READY", agent.getString("state"), agent::toString);
        assertEquals("call interrupted by a restart", agent.getString("notReadyReason"), agent::toString);
        assertEquals("READY", agent(otherAgent).getString("state"), "the other agent waits for work");

        await("the second and last attempt: the customer does not answer").atMost(RETRY_DELAY.plus(CALL).plus(
                RING_TIMEOUT)).pollInterval(Duration.ofMillis(250))
                .until(() -> !request(id).getString("status").matches("SCHEDULED|QUEUED|DIALING"));
        assertEquals("FAILED", request(id).getString("status"), "after its maximum of 2 attempts");
        assertPassed(otherAgentPhone);

        List<JsonObject> calls = calls(id);
        assertEquals(List.of(1, 2), calls.stream().map(call -> call.getInt("attempt")).toList(),
                "one call record per attempt: " + calls);
        assertEquals(List.of("INTERRUPTED", "CUSTOMER_NO_ANSWER"),
                calls.stream().map(call -> call.getString("endCause")).toList());
        assertEquals(otherAgent, calls.get(1).getString("agent"), "the retry goes to the ready agent");
        Instant secondStarted = Instant.parse(calls.get(1).getString("startedAt"));
        assertFalse(secondStarted.isBefore(retryDue), "attempt 2 started at " + secondStarted
                + ", not before the retry delay after the interrupted call ended at " + ended);

        assertTrue(customerPhone.isRunning() && interruptedAgentPhone.isRunning(),
                "the phones of the orphaned call listened all through the crash, the restart and the retry");
        stop(customerPhone);
        stop(interruptedAgentPhone);
        PhoneTrace customer = PhoneTrace.of(customerPhone.messages());
        List<Received> invites = customer.received("INVITE");
        assertEquals(2, invites.size(), () -> "the customer's phone rang once per attempt: " + invites);
        assertTrue(invites.get(0).firstAt().isBefore(killedAt), "the first call, before the kill: " + invites);
        assertFalse(invites.get(1).firstAt().isBefore(retryDue), "the customer's phone rang again at "
                + invites.get(1).firstAt() + ", not before the retry was due at " + retryDue);
        assertEquals(List.of(invites.get(1).callId()), customer.received("CANCEL").stream().map(Received::callId)
                .toList(), "only the retry was cancelled (ring timeout); the killed server cancelled nothing");
        PhoneTrace interruptedAgentTrace = PhoneTrace.of(interruptedAgentPhone.messages());
        assertEquals(List.of("INVITE", "ACK"), interruptedAgentTrace.received().stream().map(Received::method)
                .toList(), "the interrupted agent's phone: one call, never hung up by the killed server");
        List<Received> otherAgentInvites = PhoneTrace.of(otherAgentPhone.messages()).received("INVITE");
        assertEquals(1, otherAgentInvites.size(), otherAgentInvites::toString);
        assertFalse(otherAgentInvites.get(0).firstAt().isBefore(retryDue), "the ready agent was not called before"
                + " the retry was due: " + otherAgentInvites);
        assertEquals("READY", agent(otherAgent).getString("state"), "the agent did nothing wrong");
        assertEquals("NOT_READY", agent(interruptedAgent).getString("state"), "until they choose to be ready");
    }

    private static String terminal(int agent) {
        return ";terminal." + extension(agent) + "=sip:" + extension(agent) + "@127.0.0.1:" + (AGENT_PHONE + agent);
    }

    private static String extension(int agent) {
        return "720" + agent;
    }

    private Sipp phone(String scenario, int calls, int port, int control, int media) {
        Sipp phone = Sipp.phone(scenario, calls, port, control, media, PROVIDER, LIFETIME);
        phones.add(phone);
        return phone;
    }

    /** Stops a phone that still has its orphaned call: the phone gives up. */
    private static void stop(Sipp phone) {
        phone.close();
        await("sipp gone").atMost(Duration.ofSeconds(10)).until(() -> !phone.isRunning());
    }

    private static void assertPassed(Sipp phone) throws Exception {
        int exit = phone.awaitExit(CALL);
        assertEquals(0, exit, () -> "sipp: " + describe(phone));
    }

    private static String describe(Sipp phone) {
        try {
            return phone.describe();
        } catch (IOException e) {
            return e.toString();
        }
    }

    private String hire(Api admin, int agent) {
        String login = "crash-agent-" + agent;
        Api.Reply hired = admin.post("api/agents", """
                {"login": "%s", "name": "Cora Crash", "password": "%s", "extension": "%s", "queues": ["%s"],
                 "role": "AGENT"}""".formatted(login, PASSWORD, extension(agent), QUEUE));
        assertEquals(201, hired.status(), hired::toString);
        return login;
    }

    private void ready(String login) {
        Api.Reply ready = server.api().as(login, PASSWORD).put("api/agents/me/state", "{\"state\": \"READY\"}");
        assertEquals(200, ready.status(), ready::toString);
    }

    private String submit() {
        Api.Reply created = server.api().post("api/help-requests", """
                {"phone": "%s", "name": "Rita Ringing", "queue": "%s"}""".formatted(Phones.unique(), QUEUE));
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("id");
    }

    /** The call record once the customer's phone rings (the agent answered first): the moment to kill. */
    /**
     * Until the customer's phone has the INVITE (its message log says so: the call record learns of the ringing
     * only with the call's next step), then the call in flight.
     */
    private JsonObject awaitCustomerRinging(String id, Sipp customerPhone) {
        await("the customer's phone ringing").atMost(CALL).pollInterval(Duration.ofMillis(100))
                .until(() -> !PhoneTrace.of(customerPhone.messages()).received("INVITE").isEmpty());
        return single(calls(id));
    }

    private JsonObject request(String id) {
        Api.Reply request = server.api().get("api/help-requests/" + id);
        assertEquals(200, request.status(), request::toString);
        return request.json();
    }

    private List<JsonObject> calls(String id) {
        Api.Reply calls = server.api().asAdmin().get("api/supervision/requests/" + id + "/calls");
        assertEquals(200, calls.status(), calls::toString);
        return calls.array().getValuesAs(JsonObject.class);
    }

    private JsonObject agent(String login) {
        return server.api().asAdmin().get("api/agents").array().getValuesAs(JsonObject.class).stream()
                .filter(agent -> agent.getString("login").equals(login)).findFirst().orElseThrow();
    }

    private static JsonObject single(List<JsonObject> calls) {
        assertEquals(1, calls.size(), () -> "one call record: " + calls);
        return calls.get(0);
    }
}
