package org.helpdesk.interfaces.rest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Our own failures behind a 500, logged so that they can be debugged without flooding the log: the first failure of
 * a kind (its root cause's class and where it was thrown) with its stack trace, repeats of it as one line with their
 * count, at most once a minute. A fault that repeats a thousand times a second is one state change, not a thousand
 * stack traces.
 */
final class FaultLog {

    private static final Logger LOG = Logger.getLogger(FaultLog.class.getName());
    static final Duration REPEATS_EVERY = Duration.ofMinutes(1);
    /** Kinds are places in our code, so few; past this many, new kinds count as one. */
    private static final int MAX_KINDS = 1_000;
    private static final String OTHER_KINDS = "one of many kinds";

    private final Clock clock;
    private final ConcurrentMap<String, Repeats> kinds = new ConcurrentHashMap<>();

    FaultLog(Clock clock) {
        this.clock = clock;
    }

    /** @param request what was asked ("POST /api/help-requests"), never a body or a query */
    void failed(String request, Throwable failure) {
        String place = kind(failure);
        String kind = kinds.size() < MAX_KINDS || kinds.containsKey(place) ? place : OTHER_KINDS;
        Instant now = clock.instant();
        Repeats known = kinds.putIfAbsent(kind, new Repeats(now));
        if (known == null) {
            LOG.log(Level.SEVERE, failure, () -> request + " failed (" + kind + "); answered 500");
            return;
        }
        long unreported = known.count(now);
        if (unreported > 0) {
            LOG.warning(() -> request + " failed (" + kind + ") again: " + unreported + " times since the last"
                    + " report, first at " + known.since + "; answered 500");
        }
    }

    private static String kind(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        StackTraceElement[] trace = root.getStackTrace();
        return root.getClass().getName() + (trace.length == 0 ? "" : " at " + trace[0]);
    }

    /** Occurrences of one kind since it was last reported. */
    private static final class Repeats {

        private final Instant since;
        private long unreported;
        private Instant reported;

        Repeats(Instant since) {
            this.since = since;
            this.reported = since;
        }

        /** Counts one more; returns how many to report now (0 while the last report is recent). */
        synchronized long count(Instant now) {
            unreported++;
            if (now.isBefore(reported.plus(REPEATS_EVERY))) {
                return 0;
            }
            long report = unreported;
            unreported = 0;
            reported = now;
            return report;
        }
    }
}
