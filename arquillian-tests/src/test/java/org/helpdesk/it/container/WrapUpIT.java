package org.helpdesk.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
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

/** Wrap-up: the agent ends their call with an outcome and notes, and may schedule the call-back agreed on. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WrapUpIT {

    private static final String PASSWORD = "a-long-password";

    private final Api anonymous = Api.local();
    private final Api admin = anonymous.asAdmin();

    @Deployment(testable = false)
    static WebArchive helpdesk() {
        Map<String, String> configuration = new HashMap<>(Deployments.GENEROUS_LIMITS);
        configuration.put("helpdesk.queues", "default,wrapping");
        return Deployments.helpdesk(configuration);
    }

    /** An agent on a call with a customer whose request was just assigned to them. */
    private record OnCall(Api agent, String login, String requestId, String phone) {
    }

    private OnCall onCall() {
        String login = "wrap-" + System.nanoTime() % 10_000_000;
        assertEquals(201, admin.post("api/agents", """
                {"login": "%s", "name": "Wren Wrapper", "password": "%s", "queues": ["wrapping"]}"""
                .formatted(login, PASSWORD)).status());
        Api agent = anonymous.as(login, PASSWORD);
        assertEquals(200, agent.put("api/agents/me/state", "{\"state\": \"READY\"}").status());
        String phone = Phones.unique();
        String id = anonymous.post("api/help-requests", "{\"phone\": \"" + phone + "\", \"queue\": \"wrapping\","
                + " \"pageUrl\": \"https://shop.example.com/cart\"}").json().getString("id");
        Reply assigned = admin.post("api/agents/" + login + "/assignments", "{\"requestId\": \"" + id + "\"}");
        assertEquals(200, assigned.status(), assigned::toString);
        return new OnCall(agent, login, id, phone);
    }

    @Test
    void wrapUpCompletesTheCallPutsTheAgentInWrapUpAndSchedulesTheAgreedCallBack() {
        OnCall call = onCall();
        OffsetDateTime tomorrow = OffsetDateTime.now(ZoneOffset.ofHours(1)).plusDays(1).truncatedTo(ChronoUnit.HOURS);

        Reply done = call.agent().post("api/agents/me/wrap-up", """
                {"outcome": "CALL_BACK", "notes": "wants the invoice explained", "callBackAt": "%s"}"""
                .formatted(tomorrow));

        assertEquals(200, done.status(), done::toString);
        assertEquals("COMPLETED", anonymous.get("api/help-requests/" + call.requestId()).json().getString("status"));
        assertEquals("WRAP_UP", call.agent().get("api/agents/me").json().getString("state"));
        JsonObject callBack = done.json().getJsonObject("callBack");
        assertEquals("SCHEDULED", callBack.getString("status"));
        assertEquals(call.phone(), callBack.getString("phone"));
        assertEquals(tomorrow.toInstant().toString(), callBack.getString("scheduledFor"));
        assertEquals("https://shop.example.com/cart", callBack.getString("pageUrl"), "the page travels with it");
    }

    @Test
    void callBackInThePastIsRefusedAndTheCallStaysOpen() {
        OnCall call = onCall();

        Reply refused = call.agent().post("api/agents/me/wrap-up",
                "{\"outcome\": \"CALL_BACK\", \"callBackAt\": \"2020-01-01T10:00:00Z\"}");

        assertEquals(400, refused.status(), refused::toString);
        assertEquals("callBackAt", refused.json().getString("field"));
        assertEquals("DIALING", anonymous.get("api/help-requests/" + call.requestId()).json().getString("status"));
        assertEquals(200, call.agent().post("api/agents/me/wrap-up", "{\"outcome\": \"RESOLVED\"}").status(),
                "and can still be wrapped up");
    }

    @Test
    void serviceLevelIsTheShareOfFirstCallsMadeWithinTheQueueTarget() throws InterruptedException {
        assertEquals(201, admin.post("api/queues/sl-generous", "{\"serviceLevelSeconds\": 3600}").status());
        assertEquals(201, admin.post("api/queues/sl-strict", "{\"serviceLevelSeconds\": 1}").status());
        String login = "sl-" + System.nanoTime() % 10_000_000;
        assertEquals(201, admin.post("api/agents", """
                {"login": "%s", "name": "Sly Level", "password": "%s", "queues": ["sl-generous", "sl-strict"]}"""
                .formatted(login, PASSWORD)).status());
        Api agent = anonymous.as(login, PASSWORD);
        String strict = anonymous.post("api/help-requests",
                "{\"phone\": \"" + Phones.unique() + "\", \"queue\": \"sl-strict\"}").json().getString("id");
        // waits longer than the strict queue's one-second target before it is called
        Thread.sleep(2_500);
        callAndFinish(agent, login, strict);
        String generous = anonymous.post("api/help-requests",
                "{\"phone\": \"" + Phones.unique() + "\", \"queue\": \"sl-generous\"}").json().getString("id");
        callAndFinish(agent, login, generous);

        Instant deadline = Instant.now().plusSeconds(30);
        Map<String, JsonValue> levels = Map.of();
        while (Instant.now().isBefore(deadline)) {
            levels = admin.get("api/queues").array().getValuesAs(JsonObject.class).stream()
                    .filter(q -> q.getString("name").startsWith("sl-"))
                    .collect(Collectors.toMap(q -> q.getString("name"), q -> q.get("serviceLevelToday")));
            if (levels.values().stream().allMatch(level -> level instanceof JsonNumber)) {
                break;
            }
            Thread.sleep(500);
        }
        assertEquals(1.0, ((JsonNumber) levels.get("sl-generous")).doubleValue(), levels::toString);
        assertEquals(0.0, ((JsonNumber) levels.get("sl-strict")).doubleValue(), levels::toString);
    }

    private void callAndFinish(Api agent, String login, String requestId) {
        assertEquals(200, agent.put("api/agents/me/state", "{\"state\": \"READY\"}").status());
        Reply assigned = admin.post("api/agents/" + login + "/assignments", "{\"requestId\": \"" + requestId + "\"}");
        assertEquals(200, assigned.status(), assigned::toString);
        assertEquals(200, agent.post("api/agents/me/wrap-up", "{\"outcome\": \"RESOLVED\"}").status());
    }

    @Test
    void wrapUpNeedsACallAndAKnownOutcome() {
        OnCall call = onCall();

        Reply unknown = call.agent().post("api/agents/me/wrap-up", "{\"outcome\": \"SOLVED-ISH\"}");
        assertEquals(400, unknown.status(), unknown::toString);
        assertEquals("outcome", unknown.json().getString("field"));
        Reply notChosen = call.agent().post("api/agents/me/wrap-up", "{\"outcome\": \"NOT_RECORDED\"}");
        assertEquals(400, notChosen.status(), "the dialer's word for no outcome, not an agent's: " + notChosen);
        assertEquals("outcome", notChosen.json().getString("field"));
        assertEquals(200, call.agent().post("api/agents/me/wrap-up", "{\"outcome\": \"RESOLVED\"}").status());

        Reply noCall = call.agent().post("api/agents/me/wrap-up", "{\"outcome\": \"RESOLVED\"}");
        assertEquals(409, noCall.status(), "nothing left to wrap up: " + noCall);
        assertEquals(401, anonymous.post("api/agents/me/wrap-up", "{\"outcome\": \"RESOLVED\"}").status());
    }
}
