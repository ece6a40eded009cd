package org.helpdesk.it.calls;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.helpdesk.it.Api;
import org.helpdesk.it.Api.Reply;
import org.helpdesk.it.CallCentre;
import org.helpdesk.it.EventStream;
import org.helpdesk.it.Phones;
import org.helpdesk.jtapi.sip.Sipp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The automated dialer end to end: the packaged application on Payara Micro with its JTAPI provider (jtapi-ri over
 * SIP) listening on 127.0.0.1, and sipp processes as the agents' phones and the customers' trunk. Each test has its
 * own queue and agent (with its own phone), so the tests share one deployment.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DialerIT {

    static final int BASE = Integer.getInteger("helpdesk.it.sipBase", 25060);
    static final int PROVIDER = BASE;
    static final int TRUNK = BASE + 1;
    static final int TRUNK_CONTROL = BASE + 2;
    static final int TRUNK_MEDIA = BASE + 300;
    static final int CALLER = BASE + 3;
    static final int CALLER_CONTROL = BASE + 4;
    static final int CALLER_MEDIA = BASE + 320;
    static final String HELP_NUMBER = "+18005550199";
    /** The help number of the test whose caller claims someone else's number. */
    static final String SPOOFED_HELP_NUMBER = "+18005550198";
    /** The help number of a queue where nobody is ready. */
    static final String UNSTAFFED_HELP_NUMBER = "+18005550197";
    /** A loopback address that is neither the trunk (127.0.0.1) nor a phone: a stranger to the provider. */
    static final String STRANGER = "127.0.0.2";
    static final int STRANGER_PORT = BASE + 5;
    static final int STRANGER_CONTROL = BASE + 6;
    static final int STRANGER_MEDIA = BASE + 340;
    static final String PASSWORD = CallCentre.PASSWORD;
    private static final Duration CALL = Duration.ofSeconds(30);

    private final CallCentre centre = new CallCentre();
    private final Api anonymous = centre.anonymous();
    private final Api admin = centre.admin();

    /** Agent phone {@code n} (1..9): extension 710n at port BASE + 10 + n. */
    static int phonePort(int n) {
        return BASE + 10 + n;
    }

    static String extension(int n) {
        return "710" + n;
    }

    @Deployment(testable = false)
    static WebArchive helpdesk() {
        Map<String, Integer> phones = new TreeMap<>();
        for (int n = 1; n <= 9; n++) {
            phones.put(extension(n), phonePort(n));
        }
        return CallCentre.deployment(PROVIDER, TRUNK, phones,
                ";route=" + HELP_NUMBER + "," + SPOOFED_HELP_NUMBER + "," + UNSTAFFED_HELP_NUMBER
                        + ";ringTimeout=4;setupTimeout=2");
    }

    @BeforeAll
    static void sippIsInstalled() {
        Sipp.requireInstalled();
    }

    @Test
    void healthSaysTheTelephonyIsInService() {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "IN_SERVICE".equals(anonymous.get("api/health").json().getString("telephony")));
    }

    private static Sipp agentPhone(String scenario, int n, String... options) {
        return Sipp.phone(scenario, phonePort(n), BASE + 20 + n, BASE + 200 + 10 * n, PROVIDER, List.of(options));
    }

    private static Sipp customers(String scenario, String... options) {
        return Sipp.phone(scenario, TRUNK, TRUNK_CONTROL, TRUNK_MEDIA, PROVIDER, List.of(options));
    }

    private String hire(String queue, int phone) {
        return centre.hire(queue + "-agent-" + System.nanoTime() % 100_000, extension(phone), queue);
    }

    private String awaitStatus(String id, String... accepted) {
        List<String> wanted = List.of(accepted);
        await().atMost(CALL).pollInterval(Duration.ofMillis(200))
                .until(() -> wanted.contains(centre.request(id).getString("status")));
        return centre.request(id).getString("status");
    }

    private static void assertPassed(Sipp phone) throws Exception {
        CallCentre.assertPassed(phone, CALL);
    }

    @Test
    void agentFirstCallRingsTheAgentThenTheCustomerAndPopsTheScreenBeforeTheAgentAnswers() throws Exception {
        centre.queue("dial-agent-first", "{\"dialMode\": \"AGENT_FIRST\", \"wrapUpSeconds\": 4}");
        String login = hire("dial-agent-first", 1);
        String phone = Phones.unique();
        admin.post("api/customers", """
                {"name": "Ann Example", "phones": ["%s"], "account": "A-7", "tier": "gold"}""".formatted(phone));
        try (Sipp agentPhone = agentPhone("agent-answers-after-ringing.xml", 1, "-d", "1500");
             Sipp customer = customers("customer-answers-then-hangs-up.xml");
             EventStream events = EventStream.open(anonymous.base().resolve("api/agents/me/events"), login,
                     PASSWORD)) {
            centre.ready(login);
            String id = centre.submit("dial-agent-first", phone);

            EventStream.Event pop = events.next("screen-pop", CALL);
            Instant popped = Instant.now();

            JsonObject poppedRequest = pop.data().getJsonObject("request");
            assertEquals(id, poppedRequest.getString("id"));
            assertEquals("https://shop.example.com/checkout?step=2", poppedRequest.getString("pageUrl"));
            assertEquals("A-7", pop.data().getJsonObject("customer").getString("account"), pop.data()::toString);
            assertEquals("COMPLETED", awaitStatus(id, "COMPLETED", "FAILED", "SCHEDULED"));
            assertPassed(agentPhone);
            assertPassed(customer);
            List<JsonObject> calls = centre.calls(id);
            assertEquals(1, calls.size(), calls::toString);
            JsonObject call = calls.get(0);
            assertEquals("HUNG_UP", call.getString("endCause"));
            assertEquals("AGENT_FIRST", call.getString("dialMode"));
            Instant agentRang = Instant.parse(call.getString("agentAlertedAt"));
            Instant agentAnswered = Instant.parse(call.getString("agentConnectedAt"));
            Instant customerRang = Instant.parse(call.getString("customerAlertedAt"));
            assertTrue(agentAnswered.isBefore(customerRang), "the agent's phone first, then the customer's: " + call);
            assertTrue(popped.isBefore(agentAnswered), "the screen popped at " + popped + ", while the agent's"
                    + " phone rang (" + agentRang + "), before they answered at " + agentAnswered);
            assertEquals("WRAP_UP", events.next("state", CALL).data().getString("state"), "after the call");
            Reply wrapUp = anonymous.as(login, PASSWORD).post("api/agents/me/wrap-up",
                    "{\"outcome\": \"RESOLVED\", \"notes\": \"card expired\"}");
            assertEquals(200, wrapUp.status(), "the outcome of the call the dialer ended: " + wrapUp);
            assertEquals(id, wrapUp.json().getString("requestId"), wrapUp::toString);
            assertEquals("READY", events.next("state", CALL).data().getString("state"), "after the wrap-up time");
        }
    }

    @Test
    void agentHangsUpThroughTheApiAndTheCallsEventsFollowWhatTheTelephonyReports() throws Exception {
        centre.queue("dial-hang-up", "{\"wrapUpSeconds\": 0}");
        String login = hire("dial-hang-up", 8);
        Api asAgent = anonymous.as(login, PASSWORD);
        assertEquals(404, asAgent.get("api/agents/me/call").status(), "no call yet");
        try (Sipp agentPhone = agentPhone("agent-answers.xml", 8);
             Sipp customer = customers("customer-answers.xml");
             EventStream events = EventStream.open(anonymous.base().resolve("api/agents/me/events"), login,
                     PASSWORD)) {
            centre.ready(login);
            String id = centre.submit("dial-hang-up", Phones.unique());

            assertEquals("RINGING", events.next("call", CALL).data().getString("phase"));
            JsonObject talking = events.next("call", CALL).data();
            assertEquals("TALKING", talking.getString("phase"), talking::toString);
            assertEquals(id, talking.getString("requestId"));
            assertEquals("TALKING", asAgent.get("api/agents/me/call").json().getString("phase"));

            Reply hungUp = asAgent.post("api/agents/me/call/hang-up", "");
            assertEquals(202, hungUp.status(), hungUp::toString);

            JsonObject ended = events.next("call", CALL).data();
            assertEquals("ENDED", ended.getString("phase"), ended::toString);
            assertEquals("HUNG_UP", ended.getString("endCause"));
            assertEquals("NOT_RECORDED", ended.getString("outcome"), "no wrap-up time, and none recorded during"
                    + " the call");
            assertPassed(agentPhone);
            assertPassed(customer);
            assertEquals(centre.calls(id).get(0).getString("endedAt"), ended.getString("endedAt"));
            Reply again = asAgent.post("api/agents/me/call/hang-up", "");
            assertEquals(409, again.status(), again::toString);
            assertEquals("READY", centre.agent(login).getString("state"));
        }
    }

    @Test
    void customerFirstCallbackRingsWithDistinctiveAlertInfoThenConnectsTheAgent() throws Exception {
        centre.queue("dial-customer-first", "{\"dialMode\": \"CUSTOMER_FIRST\", \"wrapUpSeconds\": 0}");
        String login = hire("dial-customer-first", 2);
        try (Sipp customer = customers("customer-answers-callback-then-hangs-up.xml");
             Sipp agentPhone = agentPhone("agent-answers-second.xml", 2)) {
            centre.ready(login);
            String id = centre.submit("dial-customer-first", Phones.unique());

            assertEquals("COMPLETED", awaitStatus(id, "COMPLETED", "FAILED", "SCHEDULED"));
            assertPassed(customer); // the scenario fails without Alert-Info: <urn:alert:service:...>
            assertPassed(agentPhone);
            JsonObject call = centre.calls(id).get(0);
            assertEquals("CUSTOMER_FIRST", call.getString("dialMode"));
            assertTrue(Instant.parse(call.getString("customerConnectedAt"))
                    .isBefore(Instant.parse(call.getString("agentAlertedAt"))), "customer first: " + call);
        }
        assertEquals("READY", centre.agent(login).getString("state"), "no wrap-up time in this queue");
    }

    @Test
    void busyCustomerIsCalledAgainAfterTheRetryDelayAndFailsAfterTheLastAttempt() throws Exception {
        centre.queue("dial-busy", "{\"maxAttempts\": 2, \"retryDelaySeconds\": 10}");
        String login = hire("dial-busy", 3);
        try (Sipp agentPhone = Sipp.busyPhone("agent-answers-released.xml", 2, phonePort(3), BASE + 23,
                BASE + 230, PROVIDER);
             Sipp customer = Sipp.busyPhone("customer-busy.xml", 2, TRUNK, TRUNK_CONTROL, TRUNK_MEDIA, PROVIDER)) {
            centre.ready(login);
            String id = centre.submit("dial-busy", Phones.unique());

            assertEquals("SCHEDULED", awaitStatus(id, "SCHEDULED", "FAILED", "COMPLETED"));
            assertEquals("READY", centre.agent(login).getString("state"), "the agent did nothing wrong");
            assertEquals("FAILED", awaitStatus(id, "FAILED", "COMPLETED"));
            assertPassed(agentPhone);
            assertPassed(customer);
            List<JsonObject> calls = centre.calls(id);
            assertEquals(2, calls.size(), calls::toString);
            assertEquals(List.of("CUSTOMER_BUSY", "CUSTOMER_BUSY"),
                    calls.stream().map(call -> call.getString("endCause")).toList());
            Duration between = Duration.between(Instant.parse(calls.get(0).getString("endedAt")),
                    Instant.parse(calls.get(1).getString("startedAt")));
            assertTrue(between.compareTo(Duration.ofSeconds(10)) >= 0, "retried after the delay: " + between);
        }
    }

    @Test
    void customerWaitingInTwoQueuesIsNeverOnTwoCallsAtOnce() throws Exception {
        centre.queue("dial-twice-a", "{\"wrapUpSeconds\": 0}");
        centre.queue("dial-twice-b", "{\"wrapUpSeconds\": 0}");
        String first = hire("dial-twice-a", 6);
        String second = hire("dial-twice-b", 7);
        String phone = Phones.unique();
        String a = centre.submit("dial-twice-a", phone);
        String b = centre.submit("dial-twice-b", phone);
        try (Sipp agentA = agentPhone("agent-answers.xml", 6);
             Sipp agentB = agentPhone("agent-answers.xml", 7);
             Sipp customer = Sipp.busyPhone("customer-answers-then-hangs-up.xml", 2, TRUNK, TRUNK_CONTROL,
                     TRUNK_MEDIA, PROVIDER)) {
            centre.ready(first);
            centre.ready(second);

            assertEquals("COMPLETED", awaitStatus(a, "COMPLETED", "FAILED", "SCHEDULED"));
            assertEquals("COMPLETED", awaitStatus(b, "COMPLETED", "FAILED", "SCHEDULED"));
            assertPassed(customer);
        }
        JsonObject callA = centre.calls(a).get(0);
        JsonObject callB = centre.calls(b).get(0);
        JsonObject earlier = Instant.parse(callA.getString("startedAt"))
                .isBefore(Instant.parse(callB.getString("startedAt"))) ? callA : callB;
        JsonObject later = earlier == callA ? callB : callA;
        assertTrue(!Instant.parse(later.getString("startedAt")).isBefore(Instant.parse(earlier.getString("endedAt"))),
                "the second call started after the first ended: " + earlier + " then " + later);
    }

    @Test
    void agentWhoDoesNotAnswerIsMadeNotReadyAndTheCustomerKeepsTheirPlace() throws Exception {
        centre.queue("dial-missed", "{}");
        String login = hire("dial-missed", 4);
        String first = centre.submit("dial-missed", Phones.unique());
        String second = centre.submit("dial-missed", Phones.unique());
        try (Sipp agentPhone = agentPhone("agent-rings-unanswered.xml", 4)) {
            centre.ready(login);

            await().atMost(CALL).until(() -> "NOT_READY".equals(centre.agent(login).getString("state")));
            assertPassed(agentPhone);
        }
        JsonObject agent = centre.agent(login);
        assertEquals("missed call", agent.getString("notReadyReason"), agent::toString);
        JsonObject request = centre.request(first);
        assertEquals("QUEUED", request.getString("status"));
        assertEquals(1, request.getInt("position"), "first in line again: " + request);
        assertEquals(2, centre.request(second).getInt("position"));
        assertEquals("AGENT_NO_ANSWER", centre.calls(first).get(0).getString("endCause"));
    }

    /**
     * A customer with a record (account {@code account}) who is reading {@code page} on the shop, logged in there:
     * the site reports both.
     */
    private void knownCustomerReading(String phone, String account, String page) {
        Reply customer = admin.post("api/customers", """
                {"name": "Carl Caller", "phones": ["%s"], "account": "%s", "tier": "silver"}"""
                .formatted(phone, account));
        assertEquals(201, customer.status(), customer::toString);
        String visitor = "visitor-" + System.nanoTime();
        assertEquals(204, anonymous.post("api/visits", """
                {"visitorId": "%s", "url": "%s", "title": "A page"}""".formatted(visitor, page)).status());
        Reply identified = admin.put("api/visitors/" + visitor + "/phone", "{\"phone\": \"" + phone + "\"}");
        assertTrue(identified.status() / 100 == 2, identified::toString);
    }

    @Test
    void incomingCallFromAKnownCustomerIsRoutedToAReadyAgentWithTheirRecordAndThePageTheyAreReading() throws Exception {
        centre.queue("dial-inbound", "{\"helpNumber\": \"" + HELP_NUMBER + "\", \"wrapUpSeconds\": 0}");
        String login = hire("dial-inbound", 5);
        String phone = Phones.unique();
        knownCustomerReading(phone, "C-3", "https://shop.example.com/orders/77");
        try (Sipp agentPhone = agentPhone("agent-answers-inbound.xml", 5);
             EventStream events = EventStream.open(anonymous.base().resolve("api/agents/me/events"), login,
                     PASSWORD)) {
            centre.ready(login);
            Sipp caller = Sipp.caller("caller-identified.xml", HELP_NUMBER, CALLER, CALLER_CONTROL, CALLER_MEDIA,
                    PROVIDER, List.of("-key", "caller_id", phone));
            try (caller) {
                EventStream.Event pop = events.next("screen-pop", CALL);
                assertTrue(pop.data().getBoolean("verified"), "the trunk vouches for the number: " + pop.data());
                assertEquals("C-3", pop.data().getJsonObject("customer").getString("account"), pop.data()::toString);
                assertEquals(phone, pop.data().getJsonObject("request").getString("phone"));
                assertEquals("https://shop.example.com/orders/77",
                        pop.data().getJsonObject("readingNow").getString("url"), pop.data()::toString);
                assertPassed(caller);
                assertPassed(agentPhone);
                String id = pop.data().getJsonObject("request").getString("id");
                assertEquals("COMPLETED", awaitStatus(id, "COMPLETED", "QUEUED", "FAILED"));
                JsonObject call = centre.calls(id).get(0);
                assertEquals("INBOUND", call.getString("direction"));
                assertEquals("HUNG_UP", call.getString("endCause"));
                assertNotNull(call.getString("agentConnectedAt"));
            }
        }
    }

    @Test
    void aStrangerClaimingACustomersNumberIsRoutedAsUnverifiedAndNeitherSeesNorChangesAnythingOfTheirs()
            throws Exception {
        centre.queue("dial-spoofed", "{\"helpNumber\": \"" + SPOOFED_HELP_NUMBER + "\", \"wrapUpSeconds\": 0}");
        String login = hire("dial-spoofed", 8);
        String victim = Phones.unique();
        knownCustomerReading(victim, "V-1", "https://shop.example.com/account");
        Reply callBack = anonymous.post("api/help-requests", """
                {"phone": "%s", "queue": "dial-spoofed", "preferredTime": "%s"}"""
                .formatted(victim, Instant.now().plus(Duration.ofDays(2))));
        assertEquals(201, callBack.status(), callBack::toString);
        String scheduled = callBack.json().getString("id");
        assertEquals("SCHEDULED", centre.request(scheduled).getString("status"));
        try (Sipp agentPhone = agentPhone("agent-answers-inbound.xml", 8);
             EventStream events = EventStream.open(anonymous.base().resolve("api/agents/me/events"), login,
                     PASSWORD)) {
            centre.ready(login);
            try (Sipp stranger = Sipp.callerFrom(STRANGER, "caller-claims-number.xml", SPOOFED_HELP_NUMBER,
                    STRANGER_PORT, STRANGER_CONTROL, STRANGER_MEDIA, PROVIDER,
                    List.of("-key", "caller_id", victim, "-d", "5000"))) {
                EventStream.Event pop = events.next("screen-pop", CALL);
                JsonObject popped = pop.data();
                assertEquals(false, popped.getBoolean("verified"), popped::toString);
                assertEquals(victim, popped.getJsonObject("request").getString("phone"), "shown, as unverified");
                assertTrue(popped.isNull("customer"), "not the victim's record: " + popped);
                assertEquals(0, popped.getJsonArray("pastRequests").size(), "not the victim's history: " + popped);
                assertTrue(popped.isNull("readingNow"), "not the victim's page: " + popped);
                // the desk, while the call lasts, says so too
                String desk = await().atMost(CALL).until(() -> anonymous.as(login, PASSWORD).get("desk").body(),
                        page -> page.contains("id=\"pop-unverified\""));
                assertTrue(desk.contains("unverified number") && !desk.contains("V-1"), desk);
                assertPassed(stranger);
                assertPassed(agentPhone);
                String call = popped.getJsonObject("request").getString("id");
                assertEquals("COMPLETED", awaitStatus(call, "COMPLETED", "FAILED", "QUEUED"));
                JsonObject recorded = incomingCall(SPOOFED_HELP_NUMBER, victim);
                assertEquals("ROUTED", recorded.getString("disposition"), recorded::toString);
                assertEquals(false, recorded.getBoolean("callerVerified"), recorded::toString);
                assertEquals(call, recorded.getString("requestId"));
                assertEquals(login, recorded.getString("agent"));
            }
        }
        assertEquals("SCHEDULED", centre.request(scheduled).getString("status"), "the victim's call-back still stands");
    }

    /** The latest call to {@code helpNumber} from {@code callerId} in the record of incoming calls. */
    private JsonObject incomingCall(String helpNumber, String callerId) {
        Reply calls = admin.get("api/supervision/incoming-calls?limit=1000");
        assertEquals(200, calls.status(), calls::toString);
        return calls.array().getValuesAs(JsonObject.class).stream()
                .filter(call -> call.getString("helpNumber").equals(helpNumber)
                        && call.getString("callerId").equals(callerId))
                .findFirst().orElseThrow(() -> new AssertionError("no call from " + callerId + " to " + helpNumber
                        + " recorded: " + calls));
    }

    @Test
    void everyIncomingCallIsRecordedAlsoOnesThatFindNoAgentOrHaveNoUsableCallerId() throws Exception {
        centre.queue("dial-unstaffed", "{\"helpNumber\": \"" + UNSTAFFED_HELP_NUMBER + "\"}");
        String phone = Phones.unique();
        try (Sipp caller = Sipp.caller("caller-hears-busy.xml", UNSTAFFED_HELP_NUMBER, CALLER, CALLER_CONTROL,
                CALLER_MEDIA, PROVIDER, List.of("-key", "caller_id", phone))) {
            assertPassed(caller); // busy: nobody of the queue is ready, and no overflow is configured
        }
        try (Sipp anonymousCaller = Sipp.caller("caller-anonymous-busy.xml", UNSTAFFED_HELP_NUMBER, CALLER,
                CALLER_CONTROL, CALLER_MEDIA, PROVIDER)) {
            assertPassed(anonymousCaller);
        }
        JsonObject unanswered = incomingCall(UNSTAFFED_HELP_NUMBER, phone);
        assertEquals("NO_AGENT", unanswered.getString("disposition"), unanswered::toString);
        assertEquals("dial-unstaffed", unanswered.getString("queue"));
        assertEquals(true, unanswered.getBoolean("callerVerified"), "from the trunk: " + unanswered);
        assertTrue(unanswered.isNull("requestId") && unanswered.isNull("agent"), unanswered::toString);
        JsonObject withheld = incomingCall(UNSTAFFED_HELP_NUMBER, "anonymous");
        assertEquals("CALLER_ID_UNUSABLE", withheld.getString("disposition"), withheld::toString);
    }

    @Test
    void aStrangerRingingAnAgentsExtensionIsRefusedAndTheAgentsPhoneNeverRings() throws Exception {
        centre.queue("dial-extension", "{}");
        String login = hire("dial-extension", 9);
        Reply onBreak = anonymous.as(login, PASSWORD).put("api/agents/me/state",
                "{\"state\": \"NOT_READY\", \"reason\": \"Break\"}");
        assertEquals(200, onBreak.status(), onBreak::toString);
        try (Sipp agentPhone = agentPhone("agent-answers-inbound.xml", 9);
             Sipp stranger = Sipp.callerFrom(STRANGER, "caller-refused.xml", extension(9), STRANGER_PORT,
                     STRANGER_CONTROL, STRANGER_MEDIA, PROVIDER, List.of())) {
            assertPassed(stranger); // the scenario passes on 403 only
            assertTrue(agentPhone.isRunning(), "the agent's phone is still waiting for its first call");
            assertTrue(!agentPhone.messages().contains("INVITE"), "the agent's phone got: " + agentPhone.messages());
        }
        assertEquals("NOT_READY", centre.agent(login).getString("state"));
    }
}
