package org.helpdesk.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * How many help requests arrived in each quarter of an hour today (UTC), all queues together: the supervisor
 * console's chart. Counted by the database, and kept for {@value #KEEP_SECONDS} seconds, because every open console
 * asks every few seconds and the figure of a closed quarter never changes.
 */
@ApplicationScoped
public class ArrivalsToday {

    static final int QUARTERS_PER_DAY = 96;
    private static final long KEEP_SECONDS = 10;

    @PersistenceContext(unitName = "helpdesk")
    private EntityManager entityManager;

    @Inject
    private Clock clock;

    private volatile Counted counted;

    /** @return 96 counts, the first for 00:00-00:15 UTC; quarters still to come are 0 */
    public long[] perQuarterHour() {
        Instant now = clock.instant();
        Counted last = counted;
        if (last != null && last.at.plusSeconds(KEEP_SECONDS).isAfter(now)
                && last.at.truncatedTo(ChronoUnit.DAYS).equals(now.truncatedTo(ChronoUnit.DAYS))) {
            return last.quarters.clone();
        }
        long[] quarters = new long[QUARTERS_PER_DAY];
        // Portable SQL (H2 and PostgreSQL): the quarter of the day from the UTC clock time.
        List<?> rows = entityManager.createNativeQuery("SELECT quarter, COUNT(*) FROM ("
                        + "SELECT FLOOR((EXTRACT(HOUR FROM (created_at AT TIME ZONE 'UTC')) * 60"
                        + " + EXTRACT(MINUTE FROM (created_at AT TIME ZONE 'UTC'))) / 15) AS quarter"
                        + " FROM help_request WHERE created_at >= ?) arrivals GROUP BY quarter")
                .setParameter(1, OffsetDateTime.ofInstant(now.truncatedTo(ChronoUnit.DAYS), ZoneOffset.UTC))
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            int quarter = ((Number) columns[0]).intValue();
            if (quarter >= 0 && quarter < QUARTERS_PER_DAY) {
                quarters[quarter] = ((Number) columns[1]).longValue();
            }
        }
        counted = new Counted(now, quarters);
        return quarters.clone();
    }

    private record Counted(Instant at, long[] quarters) {
    }
}
