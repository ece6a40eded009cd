package org.helpdesk.dialer;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.helpdesk.queue.CallQueue;
import org.helpdesk.queue.QueueRepository;

/**
 * Measures each queue's handle time (talk time plus the queue's wrap-up time) over the calls of the last
 * {@value #WINDOW_HOURS} hours, once a minute, so that the customers' wait estimates follow how long calls really
 * take instead of the configured guess.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class HandleTimes {

    private static final Logger LOG = Logger.getLogger(HandleTimes.class.getName());
    static final int WINDOW_HOURS = 24;

    @PersistenceContext(unitName = "helpdesk")
    private EntityManager entityManager;

    @Inject
    private QueueRepository queues;

    @Inject
    private Clock clock;

    @Schedule(hour = "*", minute = "*", second = "45", persistent = false)
    void everyMinute() {
        measure();
    }

    /** @return the queues whose handle time was measured */
    public int measure() {
        Map<String, long[]> talk = new HashMap<>(); // queue -> {calls, seconds}
        List<Object[]> rows = entityManager.createQuery("select a, r.queue from CallAttempt a, HelpRequest r"
                        + " where r.id = a.requestId and a.endedAt > :since and a.agentConnectedAt is not null",
                        Object[].class)
                .setParameter("since", clock.instant().minus(Duration.ofHours(WINDOW_HOURS)))
                .getResultList();
        for (Object[] row : rows) {
            Duration talked = ((CallAttempt) row[0]).talkTime();
            if (talked != null) {
                long[] sum = talk.computeIfAbsent((String) row[1], queue -> new long[2]);
                sum[0]++;
                sum[1] += talked.toSeconds();
            }
        }
        talk.forEach((name, sum) -> queues.find(name).ifPresent(queue -> update(queue, sum)));
        return talk.size();
    }

    /** The handle time of calls that took {@code talkSeconds} in all: their average talk time plus the wrap-up. */
    static Duration handleTime(long calls, long talkSeconds, Duration wrapUp) {
        return Duration.ofSeconds(Math.round((double) talkSeconds / calls)).plus(wrapUp);
    }

    private static void update(CallQueue queue, long[] sum) {
        Duration measured = handleTime(sum[0], sum[1], queue.wrapUpTime());
        if (!queue.measuredHandleTime().equals(Optional.of(measured))) {
            queue.measuredHandleTime(measured);
            LOG.info(() -> "Queue " + queue.name() + ": measured handle time " + measured.toSeconds() + " s over "
                    + sum[0] + " calls (configured " + queue.settings().averageHandleTime().toSeconds() + " s)");
        }
    }
}
