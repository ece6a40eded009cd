package org.helpdesk.queue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * When a queue is open: a weekly schedule of wall-clock hours in a time zone, written as operators write it,
 * {@code Mon-Fri 08:00-18:00; Sat 09:00-13:00}.
 *
 * <p>The text form: entries separated by {@code ;}, each one or more days ({@code Mon}, {@code Mon-Fri},
 * {@code Mon,Wed,Fri}; English abbreviations, any case) followed by one or more intervals {@code HH:MM-HH:MM}
 * separated by {@code ,}. An interval includes its start and excludes its end; {@code 24:00} ends at midnight. An
 * interval cannot cross midnight: a night shift is written as two, {@code Mon 22:00-24:00; Tue 00:00-06:00}, and is
 * then open without a break. Intervals of one day must not overlap. {@link #toString()} gives the canonical form
 * (days in week order, equal days grouped, touching intervals joined), which is what is stored.
 *
 * <p>The hours are read on the local clock: "08:00" is eight o'clock in the zone whichever offset is in force, so
 * after a daylight-saving change the queue still opens at eight. An opening inside a skipped hour opens when the
 * clock jumps; an hour repeated in autumn is open (or closed) both times.
 */
public final class BusinessHours {

    private static final Pattern INTERVAL = Pattern.compile("(\\d{2}):(\\d{2})-(\\d{2}):(\\d{2})");
    private static final int MINUTES_PER_DAY = 24 * 60;
    /** Every day has at most a few intervals, so a fortnight always holds the next opening (even in a DST gap). */
    private static final int DAYS_TO_SEARCH = 15;

    private final Map<DayOfWeek, List<Interval>> week;
    private final ZoneId zone;

    private BusinessHours(Map<DayOfWeek, List<Interval>> week, ZoneId zone) {
        this.week = week;
        this.zone = zone;
    }

    /**
     * Reads the text form.
     *
     * @throws IllegalArgumentException saying what is wrong and where, in words an operator can act on
     */
    public static BusinessHours parse(String text, ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(
                    "lists no opening hours; leave it null for a queue that is always open");
        }
        Map<DayOfWeek, List<Interval>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, new ArrayList<>());
        }
        for (String entry : text.split(";", -1)) {
            parseEntry(entry.strip(), week);
        }
        week.replaceAll((day, intervals) -> joined(day, intervals));
        return new BusinessHours(week, zone);
    }

    private static void parseEntry(String entry, Map<DayOfWeek, List<Interval>> week) {
        if (entry.isEmpty()) {
            throw new IllegalArgumentException("has an empty entry (two semicolons, or one at the end)");
        }
        int firstDigit = 0;
        while (firstDigit < entry.length() && !Character.isDigit(entry.charAt(firstDigit))) {
            firstDigit++;
        }
        String days = entry.substring(0, firstDigit).replaceAll("\\s", "");
        String times = entry.substring(firstDigit).replaceAll("\\s", "");
        if (days.isEmpty()) {
            throw new IllegalArgumentException("\"" + entry + "\" names no day; start it with one, like Mon-Fri");
        }
        if (times.isEmpty()) {
            throw new IllegalArgumentException("\"" + entry + "\" has no hours; give them like 08:00-18:00");
        }
        List<Interval> intervals = new ArrayList<>();
        for (String interval : times.split(",", -1)) {
            intervals.add(Interval.parse(interval));
        }
        for (DayOfWeek day : days(days, entry)) {
            week.get(day).addAll(intervals);
        }
    }

    private static List<DayOfWeek> days(String days, String entry) {
        List<DayOfWeek> result = new ArrayList<>();
        for (String item : days.split(",", -1)) {
            String[] ends = item.split("-", -1);
            if (ends.length > 2) {
                throw new IllegalArgumentException("\"" + item + "\" in \"" + entry + "\" is not a day or a range of days");
            }
            DayOfWeek first = day(ends[0], entry);
            DayOfWeek last = ends.length == 2 ? day(ends[1], entry) : first;
            if (last.compareTo(first) < 0) {
                throw new IllegalArgumentException("the days " + item + " run backwards: the week runs from Mon to"
                        + " Sun, so write " + abbreviation(first) + "-Sun and Mon-" + abbreviation(last)
                        + " as separate days");
            }
            for (int d = first.ordinal(); d <= last.ordinal(); d++) {
                result.add(DayOfWeek.values()[d]);
            }
        }
        return result;
    }

    private static DayOfWeek day(String name, String entry) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (abbreviation(day).equalsIgnoreCase(name)) {
                return day;
            }
        }
        throw new IllegalArgumentException("\"" + name + "\" in \"" + entry
                + "\" is not a day; write Mon, Tue, Wed, Thu, Fri, Sat or Sun");
    }

    private static String abbreviation(DayOfWeek day) {
        String name = day.name();
        return name.charAt(0) + name.substring(1, 3).toLowerCase(Locale.ROOT);
    }

    /** Sorts a day's intervals, refuses overlaps and joins touching ones (08:00-12:00,12:00-13:00 is 08:00-13:00). */
    private static List<Interval> joined(DayOfWeek day, List<Interval> intervals) {
        List<Interval> sorted = intervals.stream().sorted(Comparator.comparingInt(Interval::start)).toList();
        List<Interval> result = new ArrayList<>();
        for (Interval next : sorted) {
            Interval last = result.isEmpty() ? null : result.get(result.size() - 1);
            if (last != null && next.start() < last.end()) {
                throw new IllegalArgumentException(abbreviation(day) + " " + next + " overlaps " + last);
            }
            if (last != null && next.start() == last.end()) {
                result.set(result.size() - 1, new Interval(last.start(), next.end()));
            } else {
                result.add(next);
            }
        }
        return List.copyOf(result);
    }

    public ZoneId zone() {
        return zone;
    }

    /** Whether the queue is open at that instant: its local time falls in one of that local day's intervals. */
    public boolean isOpen(Instant at) {
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        int second = local.toLocalTime().toSecondOfDay();
        return week.get(local.getDayOfWeek()).stream().anyMatch(interval -> interval.contains(second));
    }

    /**
     * The first instant at or after {@code at} when the queue is open: {@code at} itself if it is open then.
     * The queue can only open where an interval starts on the local clock, or where the clock jumps (a
     * daylight-saving change), so those are the candidates, day by day.
     */
    public Instant nextOpening(Instant at) {
        if (isOpen(at)) {
            return at;
        }
        ZoneRules rules = zone.getRules();
        LocalDate day = LocalDate.ofInstant(at, zone);
        for (int i = 0; i < DAYS_TO_SEARCH; i++, day = day.plusDays(1)) {
            List<Instant> candidates = new ArrayList<>();
            for (Interval interval : week.get(day.getDayOfWeek())) {
                candidates.addAll(instantsAt(day.atTime(LocalTime.ofSecondOfDay(interval.start() * 60L)), rules));
            }
            Instant dayStart = day.atStartOfDay(zone).toInstant();
            Instant nextDayStart = day.plusDays(1).atStartOfDay(zone).toInstant();
            for (ZoneOffsetTransition jump = rules.nextTransition(dayStart);
                    jump != null && jump.getInstant().isBefore(nextDayStart);
                    jump = rules.nextTransition(jump.getInstant())) {
                candidates.add(jump.getInstant());
            }
            var opening = candidates.stream().filter(c -> !c.isBefore(at)).filter(this::isOpen).min(Instant::compareTo);
            if (opening.isPresent()) {
                return opening.get();
            }
        }
        throw new IllegalStateException(this + " never opens after " + at);
    }

    /** When the local clock shows that time: once, twice (autumn) or, in a skipped hour, when the clock jumps. */
    private static List<Instant> instantsAt(LocalDateTime local, ZoneRules rules) {
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.isEmpty()) {
            return List.of(rules.getTransition(local).getInstant());
        }
        return offsets.stream().map(local::toInstant).toList();
    }

    /** The canonical text form (see the class comment), without the zone. */
    @Override
    public String toString() {
        List<String> entries = new ArrayList<>();
        DayOfWeek[] days = DayOfWeek.values();
        for (int first = 0; first < days.length; ) {
            List<Interval> hours = week.get(days[first]);
            int last = first;
            while (last + 1 < days.length && week.get(days[last + 1]).equals(hours)) {
                last++;
            }
            if (!hours.isEmpty()) {
                String range = first == last ? abbreviation(days[first])
                        : abbreviation(days[first]) + "-" + abbreviation(days[last]);
                entries.add(range + " " + hours.stream().map(Interval::toString).collect(Collectors.joining(",")));
            }
            first = last + 1;
        }
        return String.join("; ", entries);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BusinessHours hours && hours.week.equals(week) && hours.zone.equals(zone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(week, zone);
    }

    /** Minutes of the day, start included, end excluded; the end may be 24:00 (1440). */
    private record Interval(int start, int end) {

        static Interval parse(String text) {
            Matcher matcher = INTERVAL.matcher(text);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("\"" + text + "\" is not an interval like 08:00-18:00");
            }
            int start = minutes(matcher.group(1), matcher.group(2), text);
            int end = minutes(matcher.group(3), matcher.group(4), text);
            if (start == MINUTES_PER_DAY) {
                throw new IllegalArgumentException(text + " starts at 24:00; start it at 00:00 the next day");
            }
            if (end == start) {
                throw new IllegalArgumentException(text + " is empty");
            }
            if (end < start) {
                throw new IllegalArgumentException(text + " ends before it starts; an interval cannot cross"
                        + " midnight: write it as two, ending at 24:00 on one day and starting at 00:00 on the next");
            }
            return new Interval(start, end);
        }

        private static int minutes(String hours, String minutes, String text) {
            int h = Integer.parseInt(hours);
            int m = Integer.parseInt(minutes);
            if (h > 24 || m > 59 || (h == 24 && m > 0)) {
                throw new IllegalArgumentException(hours + ":" + minutes + " in " + text
                        + " is not a time of day (00:00 to 24:00)");
            }
            return h * 60 + m;
        }

        boolean contains(int secondOfDay) {
            return start * 60 <= secondOfDay && secondOfDay < end * 60;
        }

        @Override
        public String toString() {
            return "%02d:%02d-%02d:%02d".formatted(start / 60, start % 60, end / 60, end % 60);
        }
    }
}
