package org.helpdesk.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.helpdesk.it.Api;
import org.helpdesk.it.Api.Reply;
import org.helpdesk.it.Deployments;
import org.helpdesk.it.Jms;
import org.helpdesk.it.Phones;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Call bombing and toll fraud are stopped by rate limits: per client and per number on the anonymous channels, per
 * number on JMS, whose clients log in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RateLimitIT {

    /** Long enough for a loaded 2-core machine; an answer that comes at all comes within milliseconds. */
    private static final long TIMEOUT_MILLIS = Duration.ofSeconds(30).toMillis();

    private final Api api = Api.local();

    @Deployment(testable = false)
    static WebArchive helpdeskWithLowLimits() {
        return Deployments.helpdesk(Map.of(
                "helpdesk.rate.per-ip-per-minute", "4",
                "helpdesk.rate.per-phone-per-hour", "2",
                "helpdesk.queues", "default,billing,sales"));
    }

    /**
     * One scenario, because both limits share the client's budget: the per-number limit trips first, then the
     * per-client one (the refused submission counts against the client too).
     */
    @Test
    void callBombingIsStoppedPerNumberAcrossQueuesThenPerClient() {
        String phone = Phones.unique();
        Reply first = submit(phone, "default");
        Reply second = submit(phone, "billing");
        Reply third = submit(phone, "sales");

        assertEquals(201, first.status(), first::toString);
        assertEquals(201, second.status(), second::toString);
        assertEquals(429, third.status(), third::toString);
        assertEquals("application/problem+json", third.header("Content-Type"));
        assertTrue(Long.parseLong(third.header("Retry-After")) > 0);

        Reply fourth = submit(Phones.unique(), "default");
        Reply fifth = submit(Phones.unique(), "default");
        assertEquals(201, fourth.status(), "the fourth submission of the minute is still within the client limit");
        assertEquals(429, fifth.status(), fifth::toString);
        long retryAfter = Long.parseLong(fifth.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After within the minute: " + retryAfter);
    }

    /**
     * A system with the intake login is trusted to submit, not to have one number called without end: past the
     * per-number limit its message is a dead letter with the reason, and the sender is told.
     */
    @Test
    void jmsSubmissionsForOneNumberStopAtThePerNumberLimit() throws JMSException {
        String phone = Phones.unique();
        try (ActiveMQConnectionFactory factory = Jms.factory(Jms.port());
                Connection intake = Jms.connect(factory, Jms.intake());
                Connection operator = Jms.connect(factory, Jms.operator())) {
            Session session = intake.createSession(false, Session.AUTO_ACKNOWLEDGE);
            TemporaryQueue replies = session.createTemporaryQueue();

            TextMessage first = request(session, replies, phone, "default");
            TextMessage second = request(session, replies, phone, "billing");
            TextMessage third = request(session, replies, phone, "sales");

            assertEquals("CREATED", first.getStringProperty("HelpdeskOutcome"));
            assertEquals("CREATED", second.getStringProperty("HelpdeskOutcome"));
            assertEquals("REJECTED", third.getStringProperty("HelpdeskOutcome"));
            JsonObject problem = json(third);
            assertEquals(429, problem.getInt("status"), problem::toString);
            assertTrue(problem.getString("type").endsWith("/rate-limited"), problem::toString);
            Session reading = operator.createSession(false, Session.AUTO_ACKNOWLEDGE);
            try (MessageConsumer deadLetters = reading.createConsumer(reading.createQueue(Jms.DEAD_LETTERS),
                    "HelpdeskOriginalMessageId = '" + third.getJMSCorrelationID() + "'")) {
                Message dead = deadLetters.receive(TIMEOUT_MILLIS);
                assertNotNull(dead, "the refused message on the dead-letter queue");
                assertEquals("rate-limited", dead.getStringProperty("HelpdeskRejectReason"));
            }
        }
    }

    private static TextMessage request(Session session, Queue replies, String phone, String queue)
            throws JMSException {
        TextMessage message = session.createTextMessage(
                "{\"phone\": \"" + phone + "\", \"queue\": \"" + queue + "\"}");
        message.setJMSReplyTo(replies);
        session.createProducer(session.createQueue(Jms.HELP_REQUESTS)).send(message);
        try (MessageConsumer consumer = session.createConsumer(replies)) {
            Message reply = consumer.receive(TIMEOUT_MILLIS);
            assertNotNull(reply, "no reply within " + TIMEOUT_MILLIS + " ms");
            assertEquals(message.getJMSMessageID(), reply.getJMSCorrelationID());
            return (TextMessage) reply;
        }
    }

    private static JsonObject json(TextMessage message) throws JMSException {
        try (var reader = Json.createReader(new StringReader(message.getText()))) {
            return reader.readObject();
        }
    }

    /** Each submission claims another client address: from an untrusted peer that must not escape the limit. */
    private Reply submit(String phone, String queue) {
        return api.post("api/help-requests", "{\"phone\": \"" + phone + "\", \"queue\": \"" + queue + "\"}",
                Map.of("Content-Type", "application/json",
                        "X-Forwarded-For", "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255)));
    }
}
