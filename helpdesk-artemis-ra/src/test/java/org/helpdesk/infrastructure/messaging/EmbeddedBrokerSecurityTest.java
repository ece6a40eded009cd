package org.helpdesk.infrastructure.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.activemq.artemis.api.core.management.ResourceNames;
import org.apache.activemq.artemis.api.jms.management.JMSManagementHelper;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded broker as a client on this machine meets it over TCP: a real Artemis broker with Helpdesk's security,
 * on a port the system chooses. Helpdesk's own side (the resource adapter) is played by an in-VM client, as the
 * adapter connects.
 */
class EmbeddedBrokerSecurityTest {

    private static final String HELP_REQUESTS = EmbeddedBroker.HELP_REQUESTS;
    private static final String DEAD_LETTERS = EmbeddedBroker.HELP_REQUESTS_DLQ;
    private static final long RECEIVE_TIMEOUT_MILLIS = 30_000;

    @TempDir
    static Path data;

    private static EmbeddedBroker broker;
    private static BrokerSecurity security;
    private static ActiveMQConnectionFactory factory;
    private static ActiveMQConnectionFactory inVm;

    @BeforeAll
    static void startTheBroker() throws Exception {
        BrokerSettings settings = new BrokerSettings(Optional.empty(), 0, data, Optional.empty(), Optional.empty());
        security = BrokerSecurity.of(settings);
        broker = EmbeddedBroker.start(settings, security);
        factory = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + broker.port() + "?reconnectAttempts=0");
        inVm = new ActiveMQConnectionFactory("vm://" + EmbeddedBroker.IN_VM_SERVER_ID);
    }

    @AfterAll
    static void stopTheBroker() throws Exception {
        if (factory != null) {
            factory.close();
        }
        if (inVm != null) {
            inVm.close();
        }
        if (broker != null) {
            broker.stop();
        }
    }

    @Test
    void aClientWithoutALoginIsRefused() {
        assertThrows(JMSSecurityException.class, () -> factory.createConnection().close());
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThrows(JMSSecurityException.class,
                () -> factory.createConnection(security.intake().user(), "not-the-password").close());
    }

    @Test
    void theWellKnownDefaultClusterLoginOfArtemisOpensNothing() {
        assertThrows(JMSSecurityException.class,
                () -> factory.createConnection("ACTIVEMQ.CLUSTER.ADMIN.USER", "CHANGE ME!!").close());
    }

    /**
     * Helpdesk's own connections come in-VM with the empty login the server gives them; Artemis caches logins by
     * name and password alone, so a TCP client with that login must not be taken for Helpdesk afterwards.
     */
    @Test
    void theEmptyLoginOfHelpdesksInVmConnectionsOpensNothingOverTcp() throws JMSException {
        try (Connection helpdesk = helpdesk()) {
            Session server = helpdesk.createSession(false, Session.AUTO_ACKNOWLEDGE);
            server.createConsumer(server.createQueue(HELP_REQUESTS)).close();

            assertThrows(JMSSecurityException.class, () -> factory.createConnection("", "").close());
            assertThrows(JMSSecurityException.class,
                    () -> factory.createConnection(BrokerSecurity.INTERNAL_USER, "").close());
        }
    }

    @Test
    void theIntakeLoginSendsHelpRequestsAndReceivesItsRepliesOnATemporaryQueue() throws JMSException {
        try (Connection intake = connect(security.intake()); Connection helpdesk = helpdesk()) {
            Session client = intake.createSession(false, Session.AUTO_ACKNOWLEDGE);
            TemporaryQueue replies = client.createTemporaryQueue();
            TextMessage request = client.createTextMessage("{\"phone\": \"+16502530000\"}");
            request.setJMSReplyTo(replies);
            client.createProducer(client.createQueue(HELP_REQUESTS)).send(request);

            Session server = helpdesk.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Message received = receive(server, server.createQueue(HELP_REQUESTS),
                    "JMSMessageID = '" + request.getJMSMessageID() + "'");
            server.createProducer(received.getJMSReplyTo()).send(server.createTextMessage("{\"status\": \"QUEUED\"}"));

            assertEquals("{\"status\": \"QUEUED\"}", ((TextMessage) receive(client, replies, null)).getText());
        }
    }

    @Test
    void theIntakeLoginCannotTakeHelpRequestsFromTheQueue() throws JMSException {
        try (Connection intake = connect(security.intake())) {
            Session session = intake.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Queue helpRequests = session.createQueue(HELP_REQUESTS);

            assertThrows(JMSSecurityException.class, () -> session.createConsumer(helpRequests));
            assertThrows(JMSSecurityException.class, () -> session.createBrowser(helpRequests).getEnumeration());
        }
    }

    @Test
    void theIntakeLoginCannotReadOrWriteDeadLetters() throws JMSException {
        try (Connection intake = connect(security.intake())) {
            Session session = intake.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Queue deadLetters = session.createQueue(DEAD_LETTERS);

            assertThrows(JMSSecurityException.class, () -> session.createConsumer(deadLetters));
            assertThrows(JMSSecurityException.class, () -> session.createBrowser(deadLetters).getEnumeration());
            assertThrows(JMSSecurityException.class,
                    () -> session.createProducer(deadLetters).send(session.createTextMessage("forged")));
        }
    }

    @Test
    void theIntakeLoginCannotManageTheBroker() throws Exception {
        try (Connection intake = connect(security.intake())) {
            Session session = intake.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Message pause = session.createMessage();
            JMSManagementHelper.putOperationInvocation(pause, ResourceNames.QUEUE + HELP_REQUESTS, "pause");

            assertThrows(JMSSecurityException.class,
                    () -> session.createProducer(session.createQueue("activemq.management")).send(pause));
        }
    }

    @Test
    void theIntakeLoginCannotCreateOrUseOtherAddresses() throws JMSException {
        try (Connection intake = connect(security.intake())) {
            Session session = intake.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Queue elsewhere = session.createQueue("somewhere.else");

            assertThrows(JMSSecurityException.class,
                    () -> session.createProducer(elsewhere).send(session.createTextMessage("hello")));
            assertThrows(JMSSecurityException.class, () -> session.createConsumer(elsewhere));
        }
    }

    @Test
    void theOperatorLoginReadsDeadLettersButCannotTakeHelpRequests() throws JMSException {
        try (Connection operator = connect(security.operator()); Connection helpdesk = helpdesk()) {
            Session server = helpdesk.createSession(false, Session.AUTO_ACKNOWLEDGE);
            TextMessage dead = server.createTextMessage("{\"phone\": ");
            server.createProducer(server.createQueue(DEAD_LETTERS)).send(dead);

            Session session = operator.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Message read = receive(session, session.createQueue(DEAD_LETTERS),
                    "JMSMessageID = '" + dead.getJMSMessageID() + "'");
            assertEquals("{\"phone\": ", ((TextMessage) read).getText());
            assertThrows(JMSSecurityException.class,
                    () -> session.createConsumer(session.createQueue(HELP_REQUESTS)));
        }
    }

    /** Helpdesk's side, as the resource adapter connects: in-VM, with the empty login Payara signs on with. */
    private static Connection helpdesk() throws JMSException {
        Connection connection = inVm.createConnection("", "");
        connection.start();
        return connection;
    }

    private static Connection connect(Credentials credentials) throws JMSException {
        Connection connection = factory.createConnection(credentials.user(), credentials.password());
        connection.start();
        return connection;
    }

    private static Message receive(Session session, Queue queue, String selector) throws JMSException {
        try (MessageConsumer consumer = session.createConsumer(queue, selector)) {
            Message message = consumer.receive(RECEIVE_TIMEOUT_MILLIS);
            assertNotNull(message, "nothing on " + queue + " within " + RECEIVE_TIMEOUT_MILLIS + " ms");
            return message;
        }
    }
}
