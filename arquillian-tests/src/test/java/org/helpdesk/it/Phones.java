package org.helpdesk.it;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Valid US numbers that no other test of this run uses: the database outlives a single test class, and one open
 * request per number and queue is a rule the tests must not trip over by accident.
 */
public final class Phones {

    /** Exchanges 200-999 of area code 650, except N11 and 555. */
    private static final long SPACE = 800L * 10_000;
    private static final AtomicLong NEXT = new AtomicLong((System.currentTimeMillis() / 100) * 37 % SPACE);

    private Phones() {
    }

    public static String unique() {
        while (true) {
            long n = NEXT.getAndAdd(7919) % SPACE;
            long exchange = 200 + n / 10_000;
            if (exchange == 555 || exchange % 100 == 11) {
                continue;
            }
            return String.format("+1650%03d%04d", exchange, n % 10_000);
        }
    }
}
