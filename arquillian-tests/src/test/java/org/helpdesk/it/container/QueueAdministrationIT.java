package org.helpdesk.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.helpdesk.it.Api;
import org.helpdesk.it.Api.Reply;
import org.helpdesk.it.ClosedHours;
import org.helpdesk.it.Deployments;
import org.helpdesk.it.Phones;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Queue administration over REST ({@code POST/PUT/GET /api/queues/{name}}), and what business hours mean for a
 * customer: a request to a closed queue is accepted for its next opening, and the answer says so. Each test works in
 * queues of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QueueAdministrationIT {

    private static final String PROBLEM = "application/problem+json";

    private final Api api = Api.local().asAdmin();

    @Deployment(testable = false)
    static WebArchive helpdesk() {
        // the queue endpoints are for administrators, and no one can log in yet (see the method)
        return Deployments.helpdesk();
    }

    private Reply create(String name, String settings) {
        return api.post("api/queues/" + name, settings);
    }

    private Reply submit(String queue) {
        return api.post("api/help-requests", "{\"phone\": \"" + Phones.unique() + "\", \"queue\": \"" + queue + "\"}");
    }

    @Test
    void createdQueueAnswers201WithItsSettingsAndGetReadsThemBack() {
        Reply created = create("sales", """
                {"dialMode": "CUSTOMER_FIRST", "maxAttempts": 5, "retryDelaySeconds": 600, "averageHandleSeconds": 240,
                 "serviceLevelSeconds": 30, "businessHours": "mon-fri 08:00-18:00; Sat 09:00-13:00",
                 "timeZone": "Europe/Berlin"}""");

        assertEquals(201, created.status(), created::toString);
        assertTrue(created.header("Location").endsWith("/api/queues/sales"), created.header("Location"));
        for (JsonObject queue : new JsonObject[] {created.json(), api.get("api/queues/sales").json()}) {
            assertEquals("sales", queue.getString("name"));
            assertEquals("CUSTOMER_FIRST", queue.getString("dialMode"));
            assertEquals(5, queue.getInt("maxAttempts"));
            assertEquals(600, queue.getInt("retryDelaySeconds"));
            assertEquals(240, queue.getInt("averageHandleSeconds"));
            assertEquals(30, queue.getInt("serviceLevelSeconds"));
            assertEquals("Mon-Fri 08:00-18:00; Sat 09:00-13:00", queue.getString("businessHours"), "canonical form");
            assertEquals("Europe/Berlin", queue.getString("timeZone"));
            assertEquals(0, queue.getInt("waiting"));
        }
    }

    @Test
    void queueCreatedWithoutSettingsHasTheDefaultsAndIsAlwaysOpen() {
        JsonObject queue = create("defaults", "{}").json();

        assertEquals("AGENT_FIRST", queue.getString("dialMode"));
        assertEquals(3, queue.getInt("maxAttempts"));
        assertEquals(300, queue.getInt("retryDelaySeconds"));
        assertEquals(300, queue.getInt("averageHandleSeconds"));
        assertEquals(60, queue.getInt("serviceLevelSeconds"));
        assertEquals(JsonValue.NULL, queue.get("businessHours"));
        assertEquals("UTC", queue.getString("timeZone"));
        assertTrue(queue.getBoolean("openNow"));
    }

    @Test
    void putReplacesTheSettingsAndFieldsLeftOutTakeTheirDefaults() {
        create("support", "{\"maxAttempts\": 7, \"businessHours\": \"Mon 08:00-09:00\"}");

        Reply changed = api.put("api/queues/support", "{\"dialMode\": \"CUSTOMER_FIRST\", \"maxAttempts\": 2}");

        assertEquals(200, changed.status(), changed::toString);
        assertEquals(2, changed.json().getInt("maxAttempts"));
        assertEquals(JsonValue.NULL, changed.json().get("businessHours"));
        assertEquals("CUSTOMER_FIRST", api.get("api/queues/support").json().getString("dialMode"));
    }

    @Test
    void existingQueueCannotBeCreatedAgainAndKeepsItsSettings() {
        create("billing", "{\"maxAttempts\": 4}");

        Reply again = create("billing", "{\"maxAttempts\": 9}");

        assertEquals(409, again.status(), again::toString);
        assertEquals(PROBLEM, again.header("Content-Type"));
        assertEquals(4, api.get("api/queues/billing").json().getInt("maxAttempts"));
    }

    @Test
    void settingsOfAnUnknownQueueAre404AndCreateNothing() {
        Reply put = api.put("api/queues/nowhere", "{\"maxAttempts\": 4}");

        assertEquals(404, put.status(), put::toString);
        assertEquals(PROBLEM, put.header("Content-Type"));
        assertEquals(404, api.get("api/queues/nowhere").status());
    }

    @Test
    void invalidSettingsAre400NamingTheFieldAndCreateNothing() {
        assertInvalid("{\"maxAttempts\": 0}", "maxAttempts");
        assertInvalid("{\"maxAttempts\": 11}", "maxAttempts");
        assertInvalid("{\"maxAttempts\": \"three\"}", "maxAttempts");
        assertInvalid("{\"businessHours\": \"Mon 25:00-26:00\"}", "businessHours");
        assertInvalid("{\"businessHours\": \"Mon 22:00-06:00\"}", "businessHours");
        assertInvalid("{\"timeZone\": \"Mars/Olympus\"}", "timeZone");
        assertInvalid("{\"dialMode\": \"PREDICTIVE\"}", "dialMode");
        assertInvalid("{\"retryDelaySeconds\": 0}", "retryDelaySeconds");
        assertInvalid("{\"maxAttempt\": 3}", "maxAttempt");
        assertEquals(404, api.get("api/queues/invalid").status());
    }

    @Test
    void queueNameMustBeAQueueName() {
        Reply reply = create("-hidden", "{}");

        assertEquals(400, reply.status(), reply::toString);
        assertEquals("name", reply.json().getString("field"));
    }

    @Test
    void requestToAClosedQueueIsScheduledForItsNextOpeningAndTheCustomerIsToldSo() {
        ClosedHours hours = ClosedHours.inZone("Europe/Berlin");
        create("closed", "{\"businessHours\": \"" + hours.text() + "\", \"timeZone\": \"Europe/Berlin\"}");

        Reply reply = submit("closed");

        assertEquals(201, reply.status(), reply::toString);
        JsonObject request = reply.json();
        assertEquals("SCHEDULED", request.getString("status"));
        assertTrue(request.getBoolean("outsideBusinessHours"));
        assertEquals(hours.opening(), Instant.parse(request.getString("scheduledFor")));
        assertEquals(JsonValue.NULL, request.get("position"));
        JsonObject queue = api.get("api/queues/closed").json();
        assertFalse(queue.getBoolean("openNow"));
        assertEquals(hours.opening(), Instant.parse(queue.getString("nextOpening")));
        assertEquals(1, queue.getInt("scheduled"));
        assertEquals(0, queue.getInt("waiting"), "nobody waits in line while the queue is closed");
        assertTrue(api.get("api/help-requests/" + request.getString("id")).json().getBoolean("outsideBusinessHours"),
                "the request says so when looked at again");
    }

    @Test
    void preferredTimeWhenTheQueueIsClosedMovesToTheOpeningAfterIt() {
        ClosedHours hours = ClosedHours.inZone("America/New_York");
        create("closed-later", "{\"businessHours\": \"" + hours.text() + "\", \"timeZone\": \"America/New_York\"}");
        OffsetDateTime inAnHour = OffsetDateTime.now(ZoneOffset.UTC).plusHours(1).withNano(0);

        Reply reply = api.post("api/help-requests", "{\"phone\": \"" + Phones.unique()
                + "\", \"queue\": \"closed-later\", \"preferredTime\": \"" + inAnHour + "\"}");

        assertEquals(201, reply.status(), reply::toString);
        assertEquals("SCHEDULED", reply.json().getString("status"));
        assertTrue(reply.json().getBoolean("outsideBusinessHours"));
        assertEquals(hours.opening(), Instant.parse(reply.json().getString("scheduledFor")));
    }

    @Test
    void requestToAQueueThatIsOpenNowIsQueuedAsBefore() {
        create("open", "{\"businessHours\": \"Mon-Sun 00:00-24:00\", \"timeZone\": \"Asia/Tokyo\"}");

        Reply reply = submit("open");

        assertEquals(201, reply.status(), reply::toString);
        assertEquals("QUEUED", reply.json().getString("status"));
        assertFalse(reply.json().getBoolean("outsideBusinessHours"));
        assertEquals(JsonValue.NULL, reply.json().get("scheduledFor"));
        assertEquals(1, reply.json().getInt("position"));
        assertTrue(api.get("api/queues/open").json().getBoolean("openNow"));
    }

    private void assertInvalid(String settings, String field) {
        Reply reply = create("invalid", settings);
        assertEquals(400, reply.status(), reply::toString);
        assertEquals(PROBLEM, reply.header("Content-Type"));
        assertEquals(field, reply.json().getString("field"), reply::toString);
        assertEquals(field, reply.json().getJsonArray("invalid-params").getJsonObject(0).getString("name"));
    }
}
