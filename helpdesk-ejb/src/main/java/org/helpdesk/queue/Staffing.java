package org.helpdesk.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The agents of a queue who will take its calls: those ready now, those on a call (since when) and those in wrap-up
 * (until when). Agents who are logged out or not ready (on a break, away) are not counted: nobody can say when they
 * come back.
 *
 * @param ready agents ready for a call now
 * @param onCallSince when each agent on a call took it (the dialer's or an incoming call's claim)
 * @param wrapUpUntil when each agent in wrap-up is due back; null for a wrap-up with no end set
 */
public record Staffing(int ready, List<Instant> onCallSince, List<Instant> wrapUpUntil) {

    public Staffing {
        if (ready < 0) {
            throw new IllegalArgumentException("negative ready agents");
        }
        onCallSince = List.copyOf(onCallSince);
        wrapUpUntil = new ArrayList<>(wrapUpUntil); // may hold nulls, which List.copyOf refuses
    }

    public static Staffing readyOnly(int ready) {
        return new Staffing(ready, List.of(), List.of());
    }

    public int staffed() {
        return ready + onCallSince.size() + wrapUpUntil.size();
    }

    /**
     * How long until each staffed agent is free for the next customer, shortest first. A ready agent is free now; an
     * agent on a call frees up after the rest of the queue's handle time (which includes the wrap-up), at the earliest
     * now if the call has already run longer; an agent in wrap-up at its end. Nobody is counted busy for more than one
     * handle time, so that the queue's customers are served in rounds (see {@link WaitEstimate}).
     */
    public List<Duration> freeIn(Instant now, Duration handleTime) {
        List<Duration> free = new ArrayList<>(staffed());
        for (int i = 0; i < ready; i++) {
            free.add(Duration.ZERO);
        }
        for (Instant since : onCallSince) {
            free.add(atMostOneHandleTime(handleTime.minus(Duration.between(since, now)), handleTime));
        }
        for (Instant until : wrapUpUntil) {
            free.add(until == null ? Duration.ZERO
                    : atMostOneHandleTime(Duration.between(now, until), handleTime));
        }
        free.sort(null);
        return free;
    }

    private static Duration atMostOneHandleTime(Duration remaining, Duration handleTime) {
        if (remaining.isNegative()) {
            return Duration.ZERO;
        }
        return remaining.compareTo(handleTime) > 0 ? handleTime : remaining;
    }
}
