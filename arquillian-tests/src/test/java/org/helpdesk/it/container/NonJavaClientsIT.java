package org.helpdesk.it.container;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.helpdesk.it.Api;
import org.helpdesk.it.Deployments;
import org.helpdesk.it.Jms;
import org.helpdesk.it.Phones;
import org.helpdesk.it.PythonClient;
import org.helpdesk.it.ServerLog;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The broker as systems written in other languages meet it: real STOMP and AMQP 1.0 clients (Python, Debian's
 * python3-stomp and python3-qpid-proton; see {@link PythonClient}) against the packaged application and its embedded
 * broker. Nobody gets in without a login; the intake login may send help requests and receive its replies, nothing
 * else; a message whose headers JMS cannot name becomes one dead letter with Helpdesk's reason, at once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NonJavaClientsIT {

    private static final String HELP_REQUESTS = Jms.HELP_REQUESTS;
    private static final String DEAD_LETTERS = Jms.DEAD_LETTERS;
    /** Long enough for a loaded 2-core machine; an answer that comes at all comes within milliseconds. */
    private static final long TIMEOUT_MILLIS = Duration.ofSeconds(30).toMillis();

    private final Api api = Api.local();

    @Deployment(testable = false)
    static WebArchive helpdesk() {
        return Deployments.helpdesk();
    }

    @Test
    void aStrangerWithoutTheLoginIsRefusedOverStompAndAmqp() {
        Jms.Login guessed = new Jms.Login(Jms.intake().user(), "guessed-password");

        assertRefused(PythonClient.stomp().run("connect"));
        assertRefused(PythonClient.stomp().as(guessed).run("connect"));
        assertRefused(PythonClient.amqp().run("connect"));
        assertRefused(PythonClient.amqp().as(guessed).run("connect"));
    }

    @Test
    void overStompTheIntakeLoginCannotTakeHelpRequestsReadDeadLettersOrPauseTheIntake() {
        PythonClient intake = PythonClient.stomp().as(Jms.intake());

        assertRefused(intake.run("receive", HELP_REQUESTS));
        assertRefused(intake.run("receive", DEAD_LETTERS));
        assertRefused(intake.run("send", "activemq.management", "[]", "--header",
                "_AMQ_ResourceName=queue." + HELP_REQUESTS, "--header", "_AMQ_OperationName=pause"));

        String phone = Phones.unique();
        assertEquals("sent", intake.run("send", HELP_REQUESTS, "{\"phone\": \"" + phone + "\"}")
                .getString("outcome"));
        awaitQueued(phone);
    }

    @Test
    void overAmqpTheIntakeLoginCannotTakeHelpRequestsReadDeadLettersOrPauseTheIntake() {
        PythonClient intake = PythonClient.amqp().as(Jms.intake());

        assertRefused(intake.run("receive", HELP_REQUESTS));
        assertRefused(intake.run("receive", DEAD_LETTERS));
        assertRefused(intake.run("send", "activemq.management", "[]", "--property",
                "_AMQ_ResourceName=queue." + HELP_REQUESTS, "--property", "_AMQ_OperationName=pause"));
        assertRefused(intake.run("send", DEAD_LETTERS, "{\"forged\": true}"));
    }

    @Test
    void aStompSubmissionCreatesARequest() {
        String phone = Phones.unique();

        JsonObject answer = PythonClient.stomp().as(Jms.intake()).run("send", HELP_REQUESTS,
                "{\"phone\": \"" + phone + "\", \"name\": \"Stomp Sender\"}", "--header", "x-trace-id=t-1");

        assertEquals("sent", answer.getString("outcome"), answer::toString);
        assertEquals("Stomp Sender", awaitQueued(phone).getString("name"));
    }

    @Test
    void anAmqpSubmissionGetsTheCreatedRequestInTheReply() {
        String phone = Phones.unique();

        JsonObject answer = PythonClient.amqp().as(Jms.intake()).run("send", HELP_REQUESTS,
                "{\"phone\": \"" + phone + "\"}", "--property", "x-trace-id=t-2", "--reply");

        assertEquals("replied", answer.getString("outcome"), answer::toString);
        assertEquals("CREATED", answer.getJsonObject("properties").getString("HelpdeskOutcome"));
        JsonObject request = json(answer.getString("body"));
        assertEquals(phone, request.getString("phone"));
        Api.Reply stored = api.get("api/help-requests/" + request.getString("id"));
        assertEquals(200, stored.status(), stored::toString);
    }

    /**
     * STOMP headers such as {@code x-trace-id} are message properties that JMS cannot name. The refused message is
     * dead-lettered at its first delivery, with the reason and with those headers kept: one rejection in the log,
     * never a redelivery, no stack trace.
     */
    @Test
    void aStompMessageWithHeadersJmsCannotNameIsOneDeadLetterWithItsReason() throws JMSException {
        String trace = UUID.randomUUID().toString();
        String queue = "no-such-queue-" + trace.substring(0, 8);

        JsonObject answer = PythonClient.stomp().as(Jms.intake()).run("send", HELP_REQUESTS,
                "{\"phone\": \"" + Phones.unique() + "\", \"queue\": \"" + queue + "\"}",
                "--header", "destination-type=ANYCAST", "--header", "x-trace-id=" + trace,
                "--header", "traceId=" + trace);
        assertEquals("sent", answer.getString("outcome"), answer::toString);
        Message dead = deadLetter("traceId = '" + trace + "'");

        assertEquals("invalid-request", dead.getStringProperty("HelpdeskRejectReason"));
        assertEquals("queue", dead.getStringProperty("HelpdeskRejectField"));
        assertEquals(trace, json(dead.getStringProperty("HelpdeskForeignProperties")).getString("x-trace-id"),
                "the headers JMS cannot name are kept");
        assertRejectedOnceWithoutStackTrace(queue);
    }

    @Test
    void anAmqpMessageWithPropertiesJmsCannotNameIsOneDeadLetterWithItsReason() throws JMSException {
        String trace = UUID.randomUUID().toString();

        JsonObject answer = PythonClient.amqp().as(Jms.intake()).run("send", HELP_REQUESTS, "{\"phone\": ",
                "--property", "x-trace-id=" + trace, "--property", "traceId=" + trace, "--reply");
        assertEquals("replied", answer.getString("outcome"), answer::toString);
        assertEquals("REJECTED", answer.getJsonObject("properties").getString("HelpdeskOutcome"));
        Message dead = deadLetter("traceId = '" + trace + "'");

        assertEquals("malformed-json", dead.getStringProperty("HelpdeskRejectReason"));
        assertEquals("{\"phone\": ", ((TextMessage) dead).getText(), "the body as it came");
        assertEquals(trace, json(dead.getStringProperty("HelpdeskForeignProperties")).getString("x-trace-id"));
        assertRejectedOnceWithoutStackTrace(answer.getString("correlation_id"));
    }

    private static void assertRefused(JsonObject answer) {
        assertEquals("refused", answer.getString("outcome"), answer::toString);
    }

    /** The dead letter the selector names, read with the operators' login. */
    private static Message deadLetter(String selector) throws JMSException {
        try (ActiveMQConnectionFactory factory = Jms.factory(Jms.port());
                Connection operator = Jms.connect(factory, Jms.operator())) {
            Session session = operator.createSession(false, Session.AUTO_ACKNOWLEDGE);
            try (MessageConsumer consumer = session.createConsumer(session.createQueue(DEAD_LETTERS), selector)) {
                Message dead = consumer.receive(TIMEOUT_MILLIS);
                assertNotNull(dead, "not on " + DEAD_LETTERS + " within " + TIMEOUT_MILLIS + " ms: " + selector);
                return dead;
            }
        }
    }

    /**
     * The consumer logs each rejection once; before the fix, copying the message's properties threw (AMQ139012),
     * the transaction rolled back and every redelivery logged the rejection and a stack trace again.
     */
    private static void assertRejectedOnceWithoutStackTrace(String mark) {
        List<String> log = ServerLog.lines();
        assertEquals(1, log.stream().filter(line -> line.contains("Rejected JMS message") && line.contains(mark))
                .count(), "one rejection logged for " + mark);
        assertFalse(log.stream().anyMatch(line -> line.contains("AMQ139012")), "no property copy failed");
        assertFalse(log.stream().anyMatch(line -> line.strip().startsWith("at org.helpdesk.interfaces.messaging")),
                "no stack trace from the JMS channel");
    }

    private JsonObject awaitQueued(String phone) {
        return await("a request for " + phone).atMost(Duration.ofMillis(TIMEOUT_MILLIS))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> api.asAdmin().get("api/queues/default/requests").array()
                        .getValuesAs(JsonObject.class).stream()
                        .filter(request -> request.getString("phone").equals(phone))
                        .findFirst().orElse(null), request -> request != null);
    }

    private static JsonObject json(String text) {
        assertTrue(text != null && !text.isEmpty(), "a JSON text");
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
