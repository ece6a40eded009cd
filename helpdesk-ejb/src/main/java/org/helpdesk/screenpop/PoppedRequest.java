package org.helpdesk.screenpop;

import java.io.Serializable;
import java.time.Instant;

/**
 * The help request as the agent sees it when it pops up. Texts are what the customer typed: to be shown escaped.
 *
 * @param phone E.164
 * @param customerName the name given in the help request, or null
 * @param pageUrl the page the customer asked from: only ever an http(s) address, or null
 * @param preferredTime the call-back time the customer asked for, or null
 * @param attempts call attempts made, the current one included
 */
public record PoppedRequest(String id, String phone, String queue, String customerName, String pageTitle,
        String pageUrl, String note, Instant createdAt, Instant preferredTime, int attempts) implements Serializable {
}
