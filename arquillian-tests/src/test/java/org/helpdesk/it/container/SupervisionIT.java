package org.helpdesk.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

/** A supervisor's actions on others' work, each recorded with who did it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupervisionIT {

    private static final String PASSWORD = "a-long-password";

    private final Api anonymous = Api.local();
    private final Api admin = anonymous.asAdmin();

    @Deployment(testable = false)
    static WebArchive helpdesk() {
        Map<String, String> configuration = new HashMap<>(Deployments.GENEROUS_LIMITS);
        configuration.put("helpdesk.queues", "default,first-line,second-line,cancelling");
        return Deployments.helpdesk(configuration);
    }

    private Api supervisor() {
        String login = "sup-" + System.nanoTime() % 10_000_000;
        Reply hired = admin.post("api/agents", """
                {"login": "%s", "name": "Sue Pervisor", "password": "%s", "role": "SUPERVISOR"}"""
                .formatted(login, PASSWORD));
        assertEquals(201, hired.status(), hired::toString);
        return anonymous.as(login, PASSWORD);
    }

    private String submit(String queue, String phone) {
        Reply created = anonymous.post("api/help-requests",
                "{\"phone\": \"" + phone + "\", \"queue\": \"" + queue + "\"}");
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("id");
    }

    private int waiting(String queue) {
        return admin.get("api/queues").array().getValuesAs(JsonObject.class).stream()
                .filter(q -> q.getString("name").equals(queue)).findFirst().orElseThrow().getInt("waiting");
    }

    private List<JsonObject> audit() {
        return admin.get("api/supervision/audit").array().getValuesAs(JsonObject.class);
    }

    @Test
    void movedRequestLeavesOneQueueAndWaitsInTheOtherAndTheMoveIsRecorded() {
        Api supervisor = supervisor();
        String id = submit("first-line", Phones.unique());
        int firstBefore = waiting("first-line");
        int secondBefore = waiting("second-line");

        Reply moved = supervisor.post("api/supervision/requests/" + id + "/move", "{\"queue\": \"second-line\"}");

        assertEquals(204, moved.status(), moved::toString);
        assertEquals(firstBefore - 1, waiting("first-line"));
        assertEquals(secondBefore + 1, waiting("second-line"));
        assertEquals("second-line", anonymous.get("api/help-requests/" + id).json().getString("queue"));
        JsonObject entry = audit().get(0);
        assertEquals("MOVE_REQUEST", entry.getString("action"));
        assertEquals(id, entry.getString("subject"));
        assertTrue(entry.getString("actor").startsWith("sup-"), entry::toString);
    }

    @Test
    void requestIsNotMovedWhereTheCustomerAlreadyWaitsNorOnceItIsClosed() {
        Api supervisor = supervisor();
        String phone = Phones.unique();
        String first = submit("first-line", phone);
        submit("second-line", phone);

        assertEquals(409, supervisor.post("api/supervision/requests/" + first + "/move",
                "{\"queue\": \"second-line\"}").status());
        assertEquals(409, supervisor.post("api/supervision/requests/" + first + "/move",
                "{\"queue\": \"no-such-queue\"}").status());
        assertEquals(204, supervisor.post("api/supervision/requests/" + first + "/cancel", "{}").status());
        assertEquals(409, supervisor.post("api/supervision/requests/" + first + "/move",
                "{\"queue\": \"default\"}").status(), "a cancelled request stays where it is");
        assertEquals(404, supervisor.post("api/supervision/requests/NoSuchRequestIdAtAll0/cancel", "{}").status());
    }

    @Test
    void cancelledRequestLeavesTheLineAndTheCancelIsRecorded() {
        Api supervisor = supervisor();
        String id = submit("cancelling", Phones.unique());
        int before = waiting("cancelling");

        assertEquals(204, supervisor.post("api/supervision/requests/" + id + "/cancel", "{}").status());

        assertEquals(before - 1, waiting("cancelling"));
        assertEquals("CANCELLED", anonymous.get("api/help-requests/" + id).json().getString("status"));
        assertEquals("CANCEL_REQUEST", audit().get(0).getString("action"));
    }

    @Test
    void supervisorSendsAnAgentToNotReadyAndLogsAnotherOutBothRecorded() {
        Api supervisor = supervisor();
        String agent = "agt-" + System.nanoTime() % 10_000_000;
        assertEquals(201, admin.post("api/agents", """
                {"login": "%s", "name": "Al Agent", "password": "%s"}""".formatted(agent, PASSWORD)).status());
        assertEquals(200, anonymous.as(agent, PASSWORD).put("api/agents/me/state", "{\"state\": \"READY\"}").status());

        assertEquals(204, supervisor.post("api/supervision/agents/" + agent + "/not-ready",
                "{\"reason\": \"coaching\"}").status());
        JsonObject notReady = admin.get("api/agents/" + agent).json();
        assertEquals("NOT_READY", notReady.getString("state"));
        assertEquals("coaching", notReady.getString("notReadyReason"));

        assertEquals(204, supervisor.post("api/supervision/agents/" + agent + "/logout", "{}").status());
        assertEquals("LOGGED_OUT", admin.get("api/agents/" + agent).json().getString("state"));
        List<String> actions = audit().stream().limit(2).map(e -> e.getString("action")).toList();
        assertEquals(List.of("LOG_AGENT_OUT", "SET_AGENT_NOT_READY"), actions);
    }
}
