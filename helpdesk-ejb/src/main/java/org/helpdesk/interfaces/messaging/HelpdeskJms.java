package org.helpdesk.interfaces.messaging;

/**
 * The JMS channel's names, declared once. The queues themselves are created by the resource adapter's embedded broker
 * (module {@code helpdesk-artemis-ra}), or by whoever runs an external one; the names must match.
 */
public final class HelpdeskJms {

    /** The resource adapter's name on the server: the {@code .rar} deployed before the application. */
    public static final String RESOURCE_ADAPTER = "helpdesk-artemis-ra";

    /** The queue help requests arrive on: JSON text messages, the shape of {@code POST /api/help-requests}. */
    public static final String HELP_REQUESTS = "helpdesk.help-requests";

    /**
     * Messages that could not become a help request: moved here at once by the consumer (with
     * {@link #REJECT_REASON}), or by the broker after repeated infrastructure failures.
     */
    public static final String HELP_REQUESTS_DLQ = HELP_REQUESTS + ".DLQ";

    /** The application's outbound connection factory (replies and dead letters), from the resource adapter. */
    public static final String CONNECTION_FACTORY = "java:app/jms/HelpdeskConnectionFactory";

    /** {@link #HELP_REQUESTS_DLQ} as an administered object. */
    public static final String HELP_REQUESTS_DLQ_RESOURCE = "java:app/jms/HelpRequestsDeadLetterQueue";

    /** On a dead letter: why it was refused, a {@link Rejection.Reason} code such as {@code malformed-json}. */
    public static final String REJECT_REASON = "HelpdeskRejectReason";

    /** On a dead letter refused for a field's value: the field, as the REST API names it (e.g. {@code phone}). */
    public static final String REJECT_FIELD = "HelpdeskRejectField";

    /** On a dead letter: the reason in words, as the reply's {@code detail}. */
    public static final String REJECT_DETAIL = "HelpdeskRejectDetail";

    /** On a dead letter: the JMSMessageID of the refused message (the copy has an id of its own). */
    public static final String ORIGINAL_MESSAGE_ID = "HelpdeskOriginalMessageId";

    /**
     * On a dead letter: the refused message's properties that a JMS message cannot carry (names that are not Java
     * identifiers, such as the STOMP header {@code x-trace-id}; values of other types), as one JSON object.
     */
    public static final String FOREIGN_PROPERTIES = "HelpdeskForeignProperties";

    /** On a reply: {@code CREATED}, {@code DUPLICATE}, {@code REPLAYED} or {@code REJECTED}. */
    public static final String OUTCOME = "HelpdeskOutcome";

    private HelpdeskJms() {
    }
}
