package org.helpdesk.dialer;

import java.time.Instant;

/**
 * Something happened to a call the dialer placed or routed, translated from the telephony's events. Fired by the
 * CTI adapter in the order things happened to each call, on managed threads, outside any transaction.
 *
 * @param cause why the call ended; only for {@link Step#ENDED}
 */
public record CallProgress(CallRef ref, Step step, EndCause cause, Instant at) {

    public enum Step {
        PLACED,
        AGENT_ALERTING,
        AGENT_CONNECTED,
        CUSTOMER_ALERTING,
        CUSTOMER_CONNECTED,
        ENDED
    }

    public static CallProgress of(CallRef ref, Step step, Instant at) {
        return new CallProgress(ref, step, null, at);
    }

    public static CallProgress ended(CallRef ref, EndCause cause, Instant at) {
        return new CallProgress(ref, Step.ENDED, cause, at);
    }

    @Override
    public String toString() {
        return ref + " " + step + (cause == null ? "" : " " + cause);
    }
}
