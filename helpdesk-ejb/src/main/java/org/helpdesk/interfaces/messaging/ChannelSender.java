package org.helpdesk.interfaces.messaging;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.json.JsonObject;

/**
 * What the JMS channel sends while it consumes a message: the reply to {@code JMSReplyTo}, and the dead-letter copy
 * of a refused message. Uses the resource adapter's connection factory inside the consuming transaction, so that
 * whatever is sent here is sent if, and only if, the incoming message is acknowledged.
 */
final class ChannelSender implements AutoCloseable {

    private final Connection connection;
    private final Session session;

    ChannelSender(ConnectionFactory connectionFactory) throws JMSException {
        this.connection = connectionFactory.createConnection();
        try {
            // In a JTA transaction the adapter ignores the mode and enlists the session in the transaction.
            this.session = connection.createSession();
        } catch (JMSException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /**
     * Sends the refused message, body and properties unchanged, to the dead-letter queue, with the reason as
     * properties ({@link HelpdeskJms#REJECT_REASON} and friends). The message itself is sent again rather than
     * rebuilt, so that a body of any type reaches the queue as it came, without being deserialised here. Properties
     * that JMS cannot carry (a STOMP header named {@code x-trace-id}) travel in
     * {@link HelpdeskJms#FOREIGN_PROPERTIES} (see {@link CopiedProperties}).
     */
    void deadLetter(Message refused, Rejection rejection, Queue deadLetterQueue) throws JMSException {
        String originalId = refused.getJMSMessageID();
        CopiedProperties properties = CopiedProperties.of(refused);
        refused.clearProperties(); // received properties are read-only until cleared
        properties.setOn(refused);
        refused.setStringProperty(HelpdeskJms.REJECT_REASON, rejection.reason().code());
        refused.setStringProperty(HelpdeskJms.REJECT_DETAIL, rejection.detail());
        if (rejection.field() != null) {
            refused.setStringProperty(HelpdeskJms.REJECT_FIELD, rejection.field());
        }
        if (originalId != null) {
            refused.setStringProperty(HelpdeskJms.ORIGINAL_MESSAGE_ID, originalId);
        }
        try (MessageProducer producer = session.createProducer(deadLetterQueue)) {
            // A dead letter waits for a person: persistent, never expiring.
            producer.send(refused, DeliveryMode.PERSISTENT, refused.getJMSPriority(), 0);
        }
    }

    /** Answers to {@code JMSReplyTo}, correlated by the incoming message's id. */
    void reply(Message request, JsonObject body, String outcome) throws JMSException {
        Destination replyTo = request.getJMSReplyTo();
        TextMessage reply = session.createTextMessage(body.toString());
        reply.setJMSCorrelationID(request.getJMSMessageID());
        reply.setStringProperty(HelpdeskJms.OUTCOME, outcome);
        try (MessageProducer producer = session.createProducer(replyTo)) {
            producer.send(reply);
        }
    }

    @Override
    public void close() throws JMSException {
        connection.close();
    }
}
