package org.helpdesk.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How long a customer will wait for their call, as honest as we can make it.
 *
 * <p>The formula: the queue's {@code n} staffed agents (ready, on a call or in wrap-up; see {@link Staffing}) are
 * free for the next customer after {@code free[0] <= free[1] <= ... <= free[n-1]}: zero for a ready agent, the rest
 * of one average handle time for an agent on a call ({@code max(0, handleTime - timeOnTheCall)}), the rest of the
 * wrap-up for an agent in wrap-up, never more than one handle time. Each customer ahead takes the agent who is free
 * first, and keeps them one handle time; so with {@code ahead} requests before this one:
 *
 * <pre>estimatedWait = free[ahead mod n] + floor(ahead / n) * averageHandleTime</pre>
 *
 * With every agent ready this is {@code floor(ahead / n) * averageHandleTime}: the first {@code n} customers are
 * called at once. When every agent is busy the customer is still told a number. Only when nobody of the queue is
 * staffed (all logged out or not ready) is there no honest number: then {@link #waitSeconds()} is null instead of an
 * invented one.
 */
public record WaitEstimate(int position, int agentsReady, int agentsStaffed, Long waitSeconds) {

    /** With every staffed agent ready: the estimate of queue listings and tests that need no clock. */
    public static WaitEstimate of(long ahead, int agentsReady, Duration averageHandleTime) {
        return of(ahead, Staffing.readyOnly(agentsReady), averageHandleTime, Instant.EPOCH);
    }

    public static WaitEstimate of(long ahead, Staffing staffing, Duration averageHandleTime, Instant now) {
        if (ahead < 0) {
            throw new IllegalArgumentException("negative queue figures");
        }
        int position = Math.toIntExact(ahead + 1);
        int staffed = staffing.staffed();
        if (staffed == 0) {
            return new WaitEstimate(position, 0, 0, null);
        }
        List<Duration> free = staffing.freeIn(now, averageHandleTime);
        long rounds = ahead / staffed;
        long wait = free.get((int) (ahead % staffed)).toSeconds() + rounds * averageHandleTime.toSeconds();
        return new WaitEstimate(position, staffing.ready(), staffed, wait);
    }

    /** Whether an agent is ready right now (not whether there is an estimate: busy agents give one too). */
    public boolean agentsAvailable() {
        return agentsReady > 0;
    }
}
