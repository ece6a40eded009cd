package org.helpdesk.interfaces.messaging;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.MessageDriven;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.json.JsonObject;
import jakarta.resource.AdministeredObjectDefinition;
import jakarta.resource.ConnectionFactoryDefinition;
import jakarta.resource.spi.TransactionSupport.TransactionSupportLevel;
import java.util.logging.Logger;
import org.helpdesk.interfaces.json.HelpRequestJson;
import org.helpdesk.interfaces.json.JsonBodies;
import org.helpdesk.interfaces.json.JsonTooLargeException;
import org.helpdesk.interfaces.json.MalformedJsonException;
import org.helpdesk.intake.HelpRequestIntake;
import org.helpdesk.intake.IdempotencyKeyReusedException;
import org.helpdesk.ratelimit.RateLimitExceededException;
import org.helpdesk.intake.SubmissionOutcome;
import org.helpdesk.request.InvalidHelpRequestException;
import org.helpdesk.request.RequestSource;

/**
 * The JMS intake channel: a JSON text message on {@value HelpdeskJms#HELP_REQUESTS} (the shape of
 * {@code POST /api/help-requests}) becomes a help request through {@link HelpRequestIntake}, like every other channel.
 *
 * <p>Failure policy, all in the transaction that consumes the message:
 * <ul>
 * <li>A message that can never become a request (not a text message, malformed JSON as {@link JsonBodies} reads
 * it, an invalid or unknown field, an invalid value), or one that would pass the per-number limit, is moved at once to {@value HelpdeskJms#HELP_REQUESTS_DLQ}
 * with the reason as properties, and acknowledged: never redelivered forever, never dropped.</li>
 * <li>An infrastructure failure (the database is down) is rethrown: the transaction rolls back, the broker redelivers
 * and, after its maximum delivery attempts, dead-letters the message itself.</li>
 * <li>A redelivered message creates no second request: its JMSMessageID is the submission's idempotency key, so the
 * intake answers with the request the first delivery created.</li>
 * </ul>
 * With {@code JMSReplyTo}, the request (with {@code duplicate}) or the problem details go there, correlated by the
 * incoming JMSMessageID.
 */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = HelpdeskJms.RESOURCE_ADAPTER),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = HelpdeskJms.HELP_REQUESTS),
    // The destination is a broker queue name, not a JNDI name.
    @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
@ConnectionFactoryDefinition(
        name = HelpdeskJms.CONNECTION_FACTORY,
        interfaceName = "jakarta.jms.ConnectionFactory",
        resourceAdapter = HelpdeskJms.RESOURCE_ADAPTER,
        transactionSupport = TransactionSupportLevel.XATransaction,
        minPoolSize = 1,
        maxPoolSize = 8)
@AdministeredObjectDefinition(
        name = HelpdeskJms.HELP_REQUESTS_DLQ_RESOURCE,
        interfaceName = "jakarta.jms.Queue",
        className = "org.apache.activemq.artemis.jms.client.ActiveMQQueue",
        resourceAdapter = HelpdeskJms.RESOURCE_ADAPTER,
        properties = "Address=" + HelpdeskJms.HELP_REQUESTS_DLQ)
public class HelpRequestConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(HelpRequestConsumer.class.getName());
    private static final String IDEMPOTENCY_PREFIX = "jms:";

    @EJB
    private HelpRequestIntake intake;

    @Resource(lookup = HelpdeskJms.CONNECTION_FACTORY)
    private ConnectionFactory connectionFactory;

    @Resource(lookup = HelpdeskJms.HELP_REQUESTS_DLQ_RESOURCE)
    private Queue deadLetterQueue;

    @Override
    public void onMessage(Message message) {
        try {
            String messageId = message.getJMSMessageID();
            if (message.getJMSRedelivered()) {
                LOG.info(() -> "Redelivery of " + id(message) + " (delivery " + deliveryCount(message) + ")");
            }
            SubmissionOutcome outcome;
            try {
                outcome = intake.submit(HelpRequestJson.submission(body(message), RequestSource.JMS,
                        messageId == null ? null : IDEMPOTENCY_PREFIX + messageId, null));
            } catch (UnusableMessageException e) {
                reject(message, e.rejection());
                return;
            } catch (InvalidHelpRequestException e) {
                reject(message, Rejection.of(e));
                return;
            } catch (IdempotencyKeyReusedException e) {
                reject(message, Rejection.of(Rejection.Reason.IDEMPOTENCY_KEY_REUSED, e.getMessage()));
                return;
            } catch (RateLimitExceededException e) {
                // Valid, but one number too often: kept for an operator to judge, never redelivered into the limit.
                reject(message, Rejection.of(Rejection.Reason.RATE_LIMITED, e.getMessage()));
                return;
            } catch (EJBException e) {
                // Not the message's fault (the database, most likely): roll back so that the broker tries again.
                LOG.warning(() -> "JMS message " + id(message) + " (delivery " + deliveryCount(message)
                        + ") not processed, rolling back for redelivery: " + rootCause(e));
                throw e;
            }
            LOG.info(() -> "JMS message " + id(message) + ": " + outcome.kind() + " request " + outcome.request().id());
            if (message.getJMSReplyTo() != null) {
                try (ChannelSender sender = new ChannelSender(connectionFactory)) {
                    sender.reply(message, HelpRequestJson.of(outcome.request())
                            .add("duplicate", outcome.duplicate()).build(), outcome.kind().name());
                }
            }
        } catch (JMSException e) {
            // The broker could not be talked to: roll back, so that the message comes again.
            throw new JMSRuntimeException("JMS failure while consuming a help request: " + e.getMessage(),
                    e.getErrorCode(), e);
        }
    }

    private void reject(Message message, Rejection rejection) throws JMSException {
        LOG.warning(() -> "Rejected JMS message " + id(message) + " to " + HelpdeskJms.HELP_REQUESTS_DLQ + ": "
                + rejection);
        try (ChannelSender sender = new ChannelSender(connectionFactory)) {
            if (message.getJMSReplyTo() != null) {
                sender.reply(message, rejection.problem(), "REJECTED");
            }
            sender.deadLetter(message, rejection, deadLetterQueue);
        }
    }

    /** The body, read as the REST API reads it ({@link JsonBodies}): one object, within its bounds. */
    private static JsonObject body(Message message) throws JMSException, UnusableMessageException {
        if (!(message instanceof TextMessage text)) {
            throw new UnusableMessageException(Rejection.of(Rejection.Reason.NOT_A_TEXT_MESSAGE,
                    "send the help request as a JSON text message, not a " + kind(message)));
        }
        String body = text.getText();
        try {
            return JsonBodies.object(body == null ? "" : body);
        } catch (JsonTooLargeException e) {
            throw new UnusableMessageException(Rejection.of(Rejection.Reason.TOO_LARGE, e.detail()));
        } catch (MalformedJsonException e) {
            throw new UnusableMessageException(Rejection.malformed(e));
        }
    }

    private static String kind(Message message) {
        Class<?>[] interfaces = {jakarta.jms.BytesMessage.class, jakarta.jms.MapMessage.class,
            jakarta.jms.ObjectMessage.class, jakarta.jms.StreamMessage.class};
        for (Class<?> type : interfaces) {
            if (type.isInstance(message)) {
                return type.getSimpleName();
            }
        }
        return "Message without a body";
    }

    private static String id(Message message) {
        try {
            String id = message.getJMSMessageID();
            return id == null ? "(without id)" : id; // STOMP messages have none
        } catch (JMSException e) {
            return "(no id)";
        }
    }

    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }

    private static String deliveryCount(Message message) {
        try {
            return String.valueOf(message.getIntProperty("JMSXDeliveryCount"));
        } catch (JMSException | NumberFormatException e) {
            return "?";
        }
    }

    /** The message cannot become a help request, whatever happens to the database. */
    private static final class UnusableMessageException extends Exception {

        private static final long serialVersionUID = 1L;
        private final transient Rejection rejection;

        UnusableMessageException(Rejection rejection) {
            super(rejection.toString(), null, false, false);
            this.rejection = rejection;
        }

        Rejection rejection() {
            return rejection;
        }
    }
}
