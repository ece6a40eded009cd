package org.helpdesk.it.container;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.BytesMessage;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientProducer;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQMessage;
import org.apache.activemq.artemis.jms.client.ActiveMQSession;
import org.apache.activemq.artemis.utils.UUID;
import org.apache.activemq.artemis.utils.UUIDGenerator;
import org.helpdesk.it.Api;
import org.helpdesk.it.Api.Reply;
import org.helpdesk.it.Deployments;
import org.helpdesk.it.HostileJson;
import org.helpdesk.it.Jms;
import org.helpdesk.it.Phones;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The JMS channel, as a client of the embedded broker sees it over TCP ({@code helpdesk.it.jmsPort}), logged in with
 * the intake login the server generated, against the packaged application and resource adapter. Dead letters are
 * read with the operators' login. Every test waits for the channel's answer (a reply or a dead letter), never for a
 * fixed time.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JmsIntakeIT {

    private static final String HELP_REQUESTS = Jms.HELP_REQUESTS;
    private static final String DEAD_LETTERS = Jms.DEAD_LETTERS;
    /** Long enough for a loaded 2-core machine; an answer that comes at all comes within milliseconds. */
    private static final long TIMEOUT_MILLIS = Duration.ofSeconds(30).toMillis();

    private final Api api = Api.local();
    private ActiveMQConnectionFactory factory;
    private Connection connection;
    private Connection operator;
    private Session session;

    @Deployment(testable = false)
    static WebArchive helpdesk() {
        return Deployments.helpdesk();
    }

    @BeforeEach
    void connect() throws JMSException {
        factory = Jms.factory(Jms.port());
        connection = Jms.connect(factory, Jms.intake());
        operator = Jms.connect(factory, Jms.operator());
        session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
    }

    @AfterEach
    void disconnect() throws JMSException {
        try {
            connection.close();
            operator.close();
        } finally {
            factory.close();
        }
    }

    @Test
    void validMessageCreatesARequestAndTheReplyCarriesIt() throws JMSException {
        String phone = Phones.unique();
        TemporaryQueue replies = session.createTemporaryQueue();
        TextMessage message = session.createTextMessage("""
                {"phone": "%s", "name": "Jo Message", "pageUrl": "https://shop.example.com/help"}""".formatted(phone));
        message.setJMSReplyTo(replies);

        session.createProducer(session.createQueue(HELP_REQUESTS)).send(message);
        TextMessage reply = receive(replies);

        assertEquals(message.getJMSMessageID(), reply.getJMSCorrelationID());
        assertEquals("CREATED", reply.getStringProperty("HelpdeskOutcome"));
        JsonObject request = json(reply);
        assertEquals(phone, request.getString("phone"));
        assertEquals("QUEUED", request.getString("status"));
        assertFalse(request.getBoolean("duplicate"));
        Reply stored = api.get("api/help-requests/" + request.getString("id"));
        assertEquals(200, stored.status(), stored::toString);
        assertEquals(phone, stored.json().getString("phone"));
        assertEquals("Jo Message", stored.json().getString("name"));
    }

    /**
     * A redelivery is the same message again: same JMSMessageID, same body. The broker keeps the id of a message
     * across deliveries, so two sends of one core message with one id are what the consumer sees when the broker
     * redelivers (after a rollback, or after a crash between the request's commit and the acknowledgement).
     */
    @Test
    void redeliveredMessageCreatesNoSecondRequest() throws Exception {
        String phone = Phones.unique();
        TemporaryQueue replies = session.createTemporaryQueue();
        UUID messageId = UUIDGenerator.getInstance().generateUUID();
        ClientSession core = new ClientSession(session);

        core.send(messageId, "{\"phone\": \"" + phone + "\"}", replies);
        core.send(messageId, "{\"phone\": \"" + phone + "\"}", replies);
        TextMessage first = receive(replies);
        TextMessage second = receive(replies);

        assertEquals("ID:" + messageId, first.getJMSCorrelationID());
        assertEquals("ID:" + messageId, second.getJMSCorrelationID());
        // the two deliveries may be handled at once (and written in one batch): the answers come in either order
        assertEquals(Set.of("CREATED", "REPLAYED"), Set.of(first.getStringProperty("HelpdeskOutcome"),
                second.getStringProperty("HelpdeskOutcome")));
        assertEquals(json(first).getString("id"), json(second).getString("id"));
        assertEquals(1, openRequestsFor(phone), "one request, however often the message comes");
    }

    @Test
    void anotherMessageForTheSameNumberAnswersWithTheOpenRequest() throws JMSException {
        String phone = Phones.unique();
        TemporaryQueue replies = session.createTemporaryQueue();

        JsonObject first = json(request("{\"phone\": \"" + phone + "\"}", replies));
        TextMessage again = request("{\"phone\": \"" + phone + "\", \"note\": \"still waiting\"}", replies);

        assertEquals("DUPLICATE", again.getStringProperty("HelpdeskOutcome"));
        assertTrue(json(again).getBoolean("duplicate"));
        assertEquals(first.getString("id"), json(again).getString("id"));
        assertEquals(1, openRequestsFor(phone));
    }

    @Test
    void malformedJsonIsOnTheDeadLetterQueueAtOnceWithItsReason() throws JMSException {
        TextMessage poison = session.createTextMessage("{\"phone\": ");
        poison.setStringProperty("Sender", "JmsIntakeIT");

        session.createProducer(session.createQueue(HELP_REQUESTS)).send(poison);
        TextMessage dead = (TextMessage) deadLetter(poison.getJMSMessageID());

        assertEquals("malformed-json", dead.getStringProperty("HelpdeskRejectReason"));
        assertEquals("{\"phone\": ", dead.getText(), "the body as it came");
        assertEquals("JmsIntakeIT", dead.getStringProperty("Sender"), "the properties as they came");
    }

    /** The REST API's reader reads JMS bodies too: the same refusals, as dead letters with reason and field. */
    @Test
    void everyHostileBodyIsOnTheDeadLetterQueueWithItsReasonAndField() throws JMSException {
        List<Executable> checks = new ArrayList<>();
        for (HostileJson.Body body : HostileJson.bodies()) {
            TextMessage poison = session.createTextMessage(body.text());
            session.createProducer(session.createQueue(HELP_REQUESTS)).send(poison);
            Message dead = deadLetter(poison.getJMSMessageID());
            String reason = dead.getStringProperty("HelpdeskRejectReason");
            String field = dead.getStringProperty("HelpdeskRejectField");
            String what = body + " -> " + reason + " (" + field + "): "
                    + dead.getStringProperty("HelpdeskRejectDetail");
            checks.add(() -> assertEquals(body.kind(), reason, what));
            checks.add(() -> assertEquals(body.field(), field, what));
        }
        assertAll(checks);
    }

    @Test
    void invalidNumberIsOnTheDeadLetterQueueWithTheFieldAndTheSenderGetsProblemDetails() throws JMSException {
        TemporaryQueue replies = session.createTemporaryQueue();
        TextMessage poison = session.createTextMessage("{\"phone\": \"12\"}");
        poison.setJMSReplyTo(replies);

        session.createProducer(session.createQueue(HELP_REQUESTS)).send(poison);
        Message dead = deadLetter(poison.getJMSMessageID());
        TextMessage reply = receive(replies);

        assertEquals("invalid-request", dead.getStringProperty("HelpdeskRejectReason"));
        assertEquals("phone", dead.getStringProperty("HelpdeskRejectField"));
        assertEquals(poison.getJMSMessageID(), reply.getJMSCorrelationID());
        assertEquals("REJECTED", reply.getStringProperty("HelpdeskOutcome"));
        JsonObject problem = json(reply);
        assertEquals(400, problem.getInt("status"));
        assertEquals("phone", problem.getString("field"));
        assertEquals("phone", problem.getJsonArray("invalid-params").getJsonObject(0).getString("name"));
        assertTrue(problem.getString("type").endsWith("/invalid-request"));
    }

    @Test
    void messageThatIsNotTextIsOnTheDeadLetterQueueWithItsBody() throws JMSException {
        BytesMessage poison = session.createBytesMessage();
        poison.writeBytes(new byte[] {1, 2, 3});

        session.createProducer(session.createQueue(HELP_REQUESTS)).send(poison);
        Message dead = deadLetter(poison.getJMSMessageID());

        assertEquals("unsupported-media-type", dead.getStringProperty("HelpdeskRejectReason"));
        assertInstanceOf(BytesMessage.class, dead);
        assertEquals(List.of((byte) 1, (byte) 2, (byte) 3), bytes(dead.getBody(byte[].class)));
    }

    private TextMessage request(String body, Queue replies) throws JMSException {
        TextMessage message = session.createTextMessage(body);
        message.setJMSReplyTo(replies);
        session.createProducer(session.createQueue(HELP_REQUESTS)).send(message);
        TextMessage reply = receive(replies);
        assertEquals(message.getJMSMessageID(), reply.getJMSCorrelationID());
        return reply;
    }

    private TextMessage receive(Queue replies) throws JMSException {
        try (MessageConsumer consumer = session.createConsumer(replies)) {
            Message reply = consumer.receive(TIMEOUT_MILLIS);
            assertNotNull(reply, "no reply within " + TIMEOUT_MILLIS + " ms");
            return assertInstanceOf(TextMessage.class, reply);
        }
    }

    /**
     * The dead letter of the given message, taken off the queue. The consumer names the original id on the copy; the
     * broker's own dead-lettering (after repeated failures) would neither be this quick nor carry a reason.
     */
    private Message deadLetter(String originalId) throws JMSException {
        String selector = "HelpdeskOriginalMessageId = '" + originalId + "'";
        try (Session reading = operator.createSession(false, Session.AUTO_ACKNOWLEDGE);
                MessageConsumer consumer = reading.createConsumer(reading.createQueue(DEAD_LETTERS), selector)) {
            Message dead = consumer.receive(TIMEOUT_MILLIS);
            assertNotNull(dead, "not on " + DEAD_LETTERS + " within " + TIMEOUT_MILLIS + " ms: " + originalId);
            return dead;
        }
    }

    private long openRequestsFor(String phone) {
        return api.asAdmin().get("api/queues/default/requests").array().getValuesAs(JsonObject.class).stream()
                .filter(request -> request.getString("phone").equals(phone))
                .count();
    }

    private static JsonObject json(TextMessage message) throws JMSException {
        try (var reader = Json.createReader(new StringReader(message.getText()))) {
            return reader.readObject();
        }
    }

    private static List<Byte> bytes(byte[] array) {
        Byte[] boxed = new Byte[array.length];
        for (int i = 0; i < array.length; i++) {
            boxed[i] = array[i];
        }
        return List.of(boxed);
    }

    /**
     * Artemis's core API under the JMS session: it can send a message with an id of our choosing, which JMS cannot.
     */
    private record ClientSession(Session session) {

        void send(UUID messageId, String json, Queue replyTo) throws Exception {
            ActiveMQMessage message = (ActiveMQMessage) session.createTextMessage(json);
            message.setJMSReplyTo(replyTo);
            message.doBeforeSend(); // writes the text into the core message, as a JMS send would
            ClientMessage core = message.getCoreMessage();
            core.setDurable(true);
            core.setUserID(messageId);
            try (ClientProducer producer = ((ActiveMQSession) session).getCoreSession()
                    .createProducer(SimpleString.of(HELP_REQUESTS))) {
                producer.send(core);
            }
        }
    }
}
