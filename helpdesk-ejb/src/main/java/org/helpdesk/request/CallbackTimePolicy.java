package org.helpdesk.request;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/** When a customer may ask to be called back: not in the past, and not beyond the horizon we plan for. */
public final class CallbackTimePolicy {

    /** A little slack for clocks and for the time the customer spent filling the form. */
    private static final Duration PAST_TOLERANCE = Duration.ofMinutes(1);

    private final Duration horizon;

    public CallbackTimePolicy(Duration horizon) {
        this.horizon = horizon;
    }

    public Instant accept(String field, OffsetDateTime preferred, Clock clock) {
        Instant when = preferred.toInstant();
        Instant now = clock.instant();
        if (when.isBefore(now.minus(PAST_TOLERANCE))) {
            throw new InvalidHelpRequestException(field, "is in the past");
        }
        if (when.isAfter(now.plus(horizon))) {
            throw new InvalidHelpRequestException(field, "is more than " + horizon.toDays() + " days ahead");
        }
        return when;
    }

    public Duration horizon() {
        return horizon;
    }
}
