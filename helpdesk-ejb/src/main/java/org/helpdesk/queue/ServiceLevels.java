package org.helpdesk.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The service level today (UTC): of the requests first called today, the share called within their queue's
 * service-level target, counted from when each was due (its arrival, or the promised time). Per queue, and per hour
 * for the console's chart. Read from the database and kept for {@value #KEEP_SECONDS} seconds, because every open
 * console asks every few seconds.
 */
@ApplicationScoped
public class ServiceLevels {

    private static final long KEEP_SECONDS = 10;

    @PersistenceContext(unitName = "helpdesk")
    private EntityManager entityManager;

    @Inject
    private QueueRepository queues;

    @Inject
    private Clock clock;

    private volatile Today today;

    /** @return the share (0 to 1) per queue; queues with no call today are absent */
    public Map<String, Double> byQueue() {
        return current().byQueue;
    }

    /** @return 24 shares (0 to 1), one per hour (UTC) of today; null for an hour without calls */
    public Double[] byHour() {
        return current().byHour.clone();
    }

    private Today current() {
        Instant now = clock.instant();
        Today last = today;
        if (last != null && last.at.plusSeconds(KEEP_SECONDS).isAfter(now)
                && last.at.truncatedTo(ChronoUnit.DAYS).equals(now.truncatedTo(ChronoUnit.DAYS))) {
            return last;
        }
        Map<String, Duration> targets = new HashMap<>();
        queues.all().forEach(queue -> targets.put(queue.name(), queue.settings().serviceLevelTarget()));
        Map<String, long[]> perQueue = new HashMap<>();
        long[][] perHour = new long[24][2];
        List<Object[]> calls = entityManager.createQuery("select r.queue, r.dueAt, r.firstCalledAt from HelpRequest r"
                        + " where r.firstCalledAt >= :since", Object[].class)
                .setParameter("since", now.truncatedTo(ChronoUnit.DAYS))
                .getResultList();
        for (Object[] call : calls) {
            String queue = (String) call[0];
            Instant due = (Instant) call[1];
            Instant called = (Instant) call[2];
            Duration target = targets.getOrDefault(queue, Duration.ofSeconds(60));
            int inTime = Duration.between(due, called).compareTo(target) <= 0 ? 1 : 0;
            long[] counts = perQueue.computeIfAbsent(queue, name -> new long[2]);
            counts[0] += inTime;
            counts[1]++;
            int hour = (int) Duration.between(now.truncatedTo(ChronoUnit.DAYS), called).toHours();
            if (hour >= 0 && hour < 24) {
                perHour[hour][0] += inTime;
                perHour[hour][1]++;
            }
        }
        Map<String, Double> byQueue = new HashMap<>();
        perQueue.forEach((queue, counts) -> byQueue.put(queue, (double) counts[0] / counts[1]));
        Double[] byHour = new Double[24];
        for (int hour = 0; hour < 24; hour++) {
            byHour[hour] = perHour[hour][1] == 0 ? null : (double) perHour[hour][0] / perHour[hour][1];
        }
        Today counted = new Today(now, Map.copyOf(byQueue), byHour);
        today = counted;
        return counted;
    }

    private record Today(Instant at, Map<String, Double> byQueue, Double[] byHour) {
    }
}
