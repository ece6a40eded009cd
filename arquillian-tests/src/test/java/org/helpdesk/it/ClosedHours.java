package org.helpdesk.it;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Business hours that exclude the current moment, for tests of a closed queue: one hour tomorrow morning (in the
 * given zone), on tomorrow's weekday only. Today is never that weekday, so the queue is closed now and opens at
 * {@link #opening()}, even if midnight passes between computing them and the server's check.
 */
public record ClosedHours(String text, ZoneId zone, Instant opening) {

    public static ClosedHours inZone(String zone) {
        ZoneId id = ZoneId.of(zone);
        LocalDate tomorrow = LocalDate.now(id).plusDays(1);
        String day = tomorrow.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        return new ClosedHours(day + " 10:00-11:00", id, tomorrow.atTime(LocalTime.of(10, 0)).atZone(id).toInstant());
    }
}
