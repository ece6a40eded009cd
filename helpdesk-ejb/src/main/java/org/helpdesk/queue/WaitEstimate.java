package org.helpdesk.queue;

import java.time.Duration;

/**
 * How long a customer will wait for their call, as honest as we can make it.
 *
 * <p>The formula: with {@code ahead} requests before this one and {@code ready} agents free, the agents take the
 * waiting requests in rounds of {@code ready}; every full round before ours costs one average handle time.
 *
 * <pre>estimatedWait = floor(ahead / ready) * averageHandleTime</pre>
 *
 * So the first {@code ready} customers are called at once. With no agent ready there is no honest number: the
 * estimate says so ({@link #agentsAvailable()} false, {@link #waitSeconds()} null) instead of inventing one.
 */
public record WaitEstimate(int position, int agentsReady, Long waitSeconds) {

    public static WaitEstimate of(long ahead, int agentsReady, Duration averageHandleTime) {
        if (ahead < 0 || agentsReady < 0) {
            throw new IllegalArgumentException("negative queue figures");
        }
        int position = Math.toIntExact(ahead + 1);
        if (agentsReady == 0) {
            return new WaitEstimate(position, 0, null);
        }
        long rounds = ahead / agentsReady;
        return new WaitEstimate(position, agentsReady, rounds * averageHandleTime.toSeconds());
    }

    public boolean agentsAvailable() {
        return agentsReady > 0;
    }
}
