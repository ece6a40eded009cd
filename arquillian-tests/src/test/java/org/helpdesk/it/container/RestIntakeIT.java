package org.helpdesk.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

/** The REST channel, as a client on the network sees it, against the packaged application. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestIntakeIT {

    private final Api api = Api.local();

    @Deployment(testable = false)
    static WebArchive helpdesk() {
        Map<String, String> configuration = new HashMap<>(Deployments.GENEROUS_LIMITS);
        configuration.put("helpdesk.queues", "default,unstaffed");
        return Deployments.helpdesk(configuration);
    }

    private Reply submit(String json) {
        return api.post("api/help-requests", json);
    }

    @Test
    void acceptedRequestAnswers201WithLocationAndTheNumberInE164() {
        String phone = Phones.unique();
        String local = "(650) " + phone.substring(5, 8) + "-" + phone.substring(8);
        Reply reply = submit("""
                {"phone": "%s", "name": "Ann Example", "pageUrl": "https://shop.example.com/cart?item=42",
                 "pageTitle": "Your cart", "note": "cannot pay"}""".formatted(local));

        assertEquals(201, reply.status(), reply::toString);
        JsonObject request = reply.json();
        assertEquals(phone, request.getString("phone"));
        assertEquals("QUEUED", request.getString("status"));
        assertEquals("default", request.getString("queue"));
        assertTrue(request.getString("id").matches("[A-Za-z0-9_-]{22}"), "128-bit URL-safe id");
        assertTrue(reply.header("Location").endsWith("/api/help-requests/" + request.getString("id")));
        assertTrue(request.getInt("position") >= 1);
        assertFalse(request.getBoolean("duplicate"));
        assertEquals(JsonValue.NULL, request.get("scheduledFor"));
    }

    @Test
    void withNoAgentReadyTheEstimateSaysSoInsteadOfInventingANumber() {
        // a queue of its own: other test classes of the run leave agents ready in "default"
        JsonObject request = submit("{\"phone\": \"" + Phones.unique() + "\", \"queue\": \"unstaffed\"}").json();

        assertEquals(JsonValue.NULL, request.get("estimatedWaitSeconds"));
        assertFalse(request.getBoolean("agentsAvailable"));
    }

    @Test
    void getShowsTheCurrentStatusAndDeleteCancels() {
        String id = submit("{\"phone\": \"" + Phones.unique() + "\"}").json().getString("id");

        assertEquals("QUEUED", api.get("api/help-requests/" + id).json().getString("status"));
        Reply cancelled = api.delete("api/help-requests/" + id);
        assertEquals(200, cancelled.status(), cancelled::toString);
        assertEquals("CANCELLED", cancelled.json().getString("status"));
        assertEquals("CANCELLED", api.get("api/help-requests/" + id).json().getString("status"));
        assertEquals(404, api.get("api/help-requests/AAAAAAAAAAAAAAAAAAAAAA").status());
    }

    @Test
    void secondSubmissionForTheSameNumberAndQueueReturnsTheOpenRequest() {
        String phone = Phones.unique();
        Reply first = submit("{\"phone\": \"" + phone + "\"}");
        Reply second = submit("{\"phone\": \"" + phone + "\", \"note\": \"again\"}");

        assertEquals(201, first.status());
        assertEquals(200, second.status(), second::toString);
        assertTrue(second.json().getBoolean("duplicate"));
        assertEquals(first.json().getString("id"), second.json().getString("id"));
    }

    @Test
    void onlyTheSubmitterGetsTheCustomerSecretNotWhoeverKnowsTheNumber() {
        String phone = Phones.unique();
        Reply first = submit("{\"phone\": \"" + phone + "\"}");
        Reply duplicate = submit("{\"phone\": \"" + phone + "\"}");
        Reply other = submit("{\"phone\": \"" + Phones.unique() + "\"}");

        String secret = first.json().getString("customerSecret");
        assertTrue(secret.matches("[A-Za-z0-9_-]{43}"), secret);
        assertFalse(duplicate.json().containsKey("customerSecret"), duplicate::toString);
        assertFalse(api.get("api/help-requests/" + first.json().getString("id")).json().containsKey("customerSecret"));
        assertNotEquals(secret, other.json().getString("customerSecret"));
    }

    @Test
    void retriedPostWithTheSameIdempotencyKeyGetsTheFirstAnswer() {
        String key = UUID.randomUUID().toString();
        String body = "{\"phone\": \"" + Phones.unique() + "\", \"queue\": \"default\"}";
        Map<String, String> headers = Map.of("Content-Type", "application/json", "Idempotency-Key", key);

        Reply first = api.post("api/help-requests", body, headers);
        Reply retry = api.post("api/help-requests", body, headers);
        Reply misuse = api.post("api/help-requests", "{\"phone\": \"" + Phones.unique() + "\"}", headers);

        assertEquals(201, first.status());
        assertEquals(201, retry.status());
        assertEquals(first.json().getString("id"), retry.json().getString("id"));
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.json().getString("customerSecret"), retry.json().getString("customerSecret"));
        assertEquals(422, misuse.status(), misuse::toString);
    }

    @Test
    void requestWithAPreferredTimeIsScheduledForThatTime() {
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.ofHours(2)).plusHours(3).withNano(0);
        Reply reply = submit("{\"phone\": \"" + Phones.unique() + "\", \"preferredTime\": \"" + at + "\"}");

        assertEquals(201, reply.status(), reply::toString);
        assertEquals("SCHEDULED", reply.json().getString("status"));
        assertEquals(at.toInstant().toString(), reply.json().getString("scheduledFor"));
        assertEquals(JsonValue.NULL, reply.json().get("position"));
    }

    @Test
    void invalidFieldsAreRefusedWithProblemDetailsNamingEachField() {
        record Case(String json, String field) {
        }
        List<Case> cases = List.of(
                new Case("{\"phone\": \"12\"}", "phone"),
                new Case("{}", "phone"),
                new Case("{\"phone\": \"+1 900 234 5678\"}", "phone"),
                new Case("{\"phone\": \"+1 500 555 0100\"}", "phone"),
                new Case("{\"phone\": \"+1 800 234 5678\"}", "phone"),
                new Case("{\"phone\": \"+44 20 7946 0958\"}", "phone"),
                new Case("{\"phone\": \"" + Phones.unique() + "\", \"pageUrl\": \"javascript:alert(1)\"}", "pageUrl"),
                new Case("{\"phone\": \"" + Phones.unique() + "\", \"pageUrl\": \"data:text/html,x\"}", "pageUrl"),
                new Case("{\"phone\": \"" + Phones.unique() + "\", \"preferredTime\": \"2020-01-01T10:00:00Z\"}",
                        "preferredTime"),
                new Case("{\"phone\": \"" + Phones.unique() + "\", \"preferredTime\": \"tomorrow\"}", "preferredTime"),
                new Case("{\"phone\": \"" + Phones.unique() + "\", \"queue\": \"no-such-queue\"}", "queue"),
                new Case("{\"phone\": \"" + Phones.unique() + "\", \"name\": \"" + "x".repeat(201) + "\"}", "name"),
                new Case("{\"phone\": 6502530000}", "phone"));
        for (Case c : cases) {
            Reply reply = submit(c.json());
            assertEquals(400, reply.status(), () -> c.json() + " -> " + reply);
            assertEquals("application/problem+json", reply.header("Content-Type"), c::json);
            assertEquals(c.field(), reply.json().getString("field"), () -> c.json() + " -> " + reply);
            assertNotNull(reply.json().getJsonArray("invalid-params"));
        }
    }

    @Test
    void refusedRequestsChangeNothing() {
        String phone = Phones.unique();
        Reply refused = submit("{\"phone\": \"" + phone + "\", \"pageUrl\": \"javascript:alert(1)\"}");
        Reply accepted = submit("{\"phone\": \"" + phone + "\"}");

        assertEquals(400, refused.status());
        assertEquals(201, accepted.status(), "the refused submission left no open request behind");
    }

    @Test
    void malformedJsonAndWrongContentTypeGetProblemDetailsNotServerErrors() {
        Reply malformed = submit("{\"phone\": ");
        Reply notAnObject = submit("[1, 2]");
        Reply wrongType = api.post("api/help-requests", "phone=+16502530000",
                Map.of("Content-Type", "application/x-www-form-urlencoded"));

        assertEquals(400, malformed.status(), malformed::toString);
        assertEquals("application/problem+json", malformed.header("Content-Type"));
        assertEquals(400, notAnObject.status(), notAnObject::toString);
        assertEquals(415, wrongType.status(), wrongType::toString);
        assertEquals("application/problem+json", wrongType.header("Content-Type"));
        assertFalse(malformed.body().contains("Exception"), "no stack trace leaks");
    }

    @Test
    void queuesListEveryQueueWithItsLoad() {
        submit("{\"phone\": \"" + Phones.unique() + "\"}");
        List<JsonObject> queues = api.asAdmin().get("api/queues").array().getValuesAs(JsonObject.class);

        JsonObject defaultQueue = queues.stream().filter(q -> q.getString("name").equals("default")).findFirst()
                .orElseThrow();
        assertTrue(defaultQueue.getInt("waiting") >= 1);
        for (String field : List.of("scheduled", "oldestWaitSeconds", "estimatedWaitSeconds", "agentsReady")) {
            assertTrue(defaultQueue.containsKey(field), field);
        }
    }

    @Test
    void queueRequestsAreListedInTheOrderTheyWillBeCalled() {
        String first = submit("{\"phone\": \"" + Phones.unique() + "\"}").json().getString("id");
        String second = submit("{\"phone\": \"" + Phones.unique() + "\"}").json().getString("id");

        List<JsonObject> listed = api.asAdmin().get("api/queues/default/requests").array().getValuesAs(JsonObject.class);
        List<String> ids = listed.stream().map(r -> r.getString("id")).toList();
        assertTrue(ids.indexOf(first) < ids.indexOf(second), "FIFO");
        assertEquals(ids.indexOf(first) + 1, listed.get(ids.indexOf(first)).getInt("position"));
        assertNotEquals(-1, ids.indexOf(second));
        assertEquals(404, api.asAdmin().get("api/queues/no-such-queue/requests").status());
    }
}
