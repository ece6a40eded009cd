package org.helpdesk.it.postgresql;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.helpdesk.it.CallCentre;
import org.helpdesk.it.Phones;
import org.helpdesk.it.ServerLog;
import org.helpdesk.jtapi.sip.Sipp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A call's end that could not be written: PostgreSQL refuses, for a moment, every write that ends a call record (a
 * trigger the test adds to the application's database and drops again). The telephony has ended the call; the
 * dialer's periodic reconciliation finds the record still "in flight" with no call behind it and ends it, without a
 * restart: the agent is not left on a call and the request not left connected.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LostCallEndIT {

    static final int BASE = Integer.getInteger("helpdesk.it.sipBase", 25060) + 450;
    static final int PROVIDER = BASE;
    static final int TRUNK = BASE + 1;
    static final int AGENT_PHONE = BASE + 11;
    private static final Duration CALL = Duration.ofSeconds(40);
    /** Two reconciliations ({@code CallReconciliation.RECONCILE_SECONDS} apart) and the wrap-up, with room to spare. */
    private static final Duration RECONCILED = Duration.ofSeconds(90);

    private final CallCentre centre = new CallCentre();

    @Deployment(testable = false)
    static WebArchive helpdesk() {
        return CallCentre.deployment(PROVIDER, TRUNK, Map.of("7451", AGENT_PHONE), "");
    }

    @BeforeAll
    static void sippIsInstalled() {
        Sipp.requireInstalled();
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + System.getProperty("helpdesk.it.pgPort",
                "55432") + "/helpdesk", "helpdesk", "helpdesk");
    }

    /** From now on PostgreSQL refuses to record the end of any call. */
    private static void refuseCallEnds() throws SQLException {
        try (Connection connection = database(); Statement sql = connection.createStatement()) {
            sql.execute("CREATE OR REPLACE FUNCTION lost_call_end_it_refuses() RETURNS trigger LANGUAGE plpgsql AS"
                    + " $$ BEGIN RAISE EXCEPTION 'LostCallEndIT: the end of a call is not written now'; END $$");
            sql.execute("CREATE TRIGGER lost_call_end_it BEFORE UPDATE ON call_attempt FOR EACH ROW"
                    + " WHEN (OLD.ended_at IS NULL AND NEW.ended_at IS NOT NULL)"
                    + " EXECUTE FUNCTION lost_call_end_it_refuses()");
        }
    }

    @AfterEach
    void acceptCallEndsAgain() throws SQLException {
        try (Connection connection = database(); Statement sql = connection.createStatement()) {
            sql.execute("DROP TRIGGER IF EXISTS lost_call_end_it ON call_attempt");
        }
    }

    @Test
    void callEndLostToAFailedWriteIsEndedByTheDialersReconciliationWithoutARestart() throws Exception {
        centre.awaitTelephonyInService(Duration.ofSeconds(30));
        String queue = "lost-end-" + System.nanoTime() % 100_000;
        centre.queue(queue, "{\"wrapUpSeconds\": 20}");
        String login = centre.hire(queue + "-agent", "7451", queue);
        String id = centre.submit(queue, Phones.unique());
        refuseCallEnds();

        try (Sipp agentPhone = Sipp.phone("agent-answers.xml", AGENT_PHONE, BASE + 21, BASE + 30, PROVIDER);
             Sipp customer = Sipp.phone("customer-hangs-up-after-talking.xml", TRUNK, BASE + 2, BASE + 40,
                     PROVIDER, List.of("-d", "2000"))) {
            centre.ready(login);
            await().atMost(CALL).until(() -> "CONNECTED".equals(centre.request(id).getString("status")));
            // the customer hangs up: the telephony ends the call, and writing its end fails
            CallCentre.assertPassed(customer, CALL);
            CallCentre.assertPassed(agentPhone, CALL);
        }
        await().atMost(CALL).until(() -> ServerLog.linesAbout(id).stream()
                .anyMatch(line -> line.contains("Could not record")));
        assertEquals("CONNECTED", centre.request(id).getString("status"), "the end was not written");
        assertEquals("ON_CALL", centre.agent(login).getString("state"));
        assertTrue(centre.calls(id).get(0).isNull("endedAt"), centre.calls(id)::toString);

        acceptCallEndsAgain();

        await().atMost(RECONCILED).until(() -> "COMPLETED".equals(centre.request(id).getString("status")));
        JsonObject call = centre.calls(id).get(0);
        assertEquals("END_NOT_RECORDED", call.getString("endCause"), call::toString);
        assertFalse(Instant.parse(call.getString("endedAt")).isBefore(Instant.parse(call.getString(
                "customerConnectedAt"))), call::toString);
        assertEquals("WRAP_UP", centre.agent(login).getString("state"), "they talked: the agent wraps up");
        await().atMost(RECONCILED).until(() -> "READY".equals(centre.agent(login).getString("state")));
        assertEquals("NOT_RECORDED", centre.request(id).getString("outcome"));
    }

}
