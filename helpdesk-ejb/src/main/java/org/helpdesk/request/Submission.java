package org.helpdesk.request;

import java.time.OffsetDateTime;

/**
 * A help request as a channel received it, before any rule was applied. Every field but {@code source} is
 * customer-supplied and therefore hostile until {@link IntakeRules} has accepted it.
 *
 * @param idempotencyKey the client's key for safe retries, or a channel's own (a JMS message id); may be null
 * @param clientAddress the submitting client's IP address, for rate limits and abuse investigations; may be null
 * @param visitorId the id of the browser the customer asked from, which the request identifies as theirs; may be null
 */
public record Submission(
        String phone,
        String name,
        String pageUrl,
        String pageTitle,
        OffsetDateTime preferredTime,
        String queue,
        String note,
        RequestSource source,
        String idempotencyKey,
        String clientAddress,
        String visitorId) {

    public static final String DEFAULT_QUEUE = "default";

    /** A submission that names no visitor (JMS without one, an agent's call-back, the demo). */
    public Submission(String phone, String name, String pageUrl, String pageTitle, OffsetDateTime preferredTime,
            String queue, String note, RequestSource source, String idempotencyKey, String clientAddress) {
        this(phone, name, pageUrl, pageTitle, preferredTime, queue, note, source, idempotencyKey, clientAddress, null);
    }

    public String queueOrDefault() {
        return queue == null || queue.isBlank() ? DEFAULT_QUEUE : queue.strip();
    }
}
