package org.helpdesk.request;

import java.time.Instant;

/** A submission that passed {@link IntakeRules}: every value here is safe to store and to show (escaped). */
public record RequestDetails(
        PhoneNumber phone,
        String customerName,
        PageUrl pageUrl,
        String pageTitle,
        Instant preferredTime,
        String queue,
        String note) {
}
