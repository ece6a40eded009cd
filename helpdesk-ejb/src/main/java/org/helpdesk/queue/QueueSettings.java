package org.helpdesk.queue;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.helpdesk.request.Violation;

/**
 * How a queue is worked: how the dialer calls (mode, attempts, the delay between them), the handle time that wait
 * estimates use until measured calls replace it, the service-level target (the answer time operators aim for) and
 * when the queue is open. Always valid: refused values are named by the fields of the REST API
 * ({@code maxAttempts}, {@code retryDelaySeconds}, ...), all at once.
 *
 * @param businessHours when the queue is open, read in {@code timeZone}; null for always open
 * @param timeZone the queue's zone, also when it is always open (for whatever reads its local time)
 * @param wrapUpTime how long an agent stays in wrap-up after a dialled call before the dialer makes them ready again
 * @param helpNumber the number customers call for this queue, in E.164 (also its JTAPI route address); null: none
 */
public record QueueSettings(
        DialMode dialMode,
        int maxAttempts,
        Duration retryDelay,
        Duration averageHandleTime,
        Duration serviceLevelTarget,
        BusinessHours businessHours,
        ZoneId timeZone,
        Duration wrapUpTime,
        String helpNumber) {

    public static final int MAX_ATTEMPTS = 10;
    /** Redialling a customer who did not answer sooner than this only annoys them. */
    public static final Duration MIN_RETRY_DELAY = Duration.ofSeconds(10);
    public static final Duration MAX_RETRY_DELAY = Duration.ofDays(1);
    public static final Duration MAX_HANDLE_TIME = Duration.ofHours(4);
    public static final Duration MAX_SERVICE_LEVEL_TARGET = Duration.ofDays(1);
    public static final Duration MAX_WRAP_UP = Duration.ofHours(1);
    /** E.164: a plus, a country code that does not start with 0, at most 15 digits in all. */
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{5,14}");

    /** What a queue gets when nobody says otherwise (and what V5 gave the queues that existed). */
    public static final QueueSettings DEFAULTS = new QueueSettings(DialMode.AGENT_FIRST, 3, Duration.ofMinutes(5),
            Duration.ofMinutes(5), Duration.ofSeconds(60), null, ZoneId.of("UTC"), Duration.ofSeconds(30), null);

    public QueueSettings {
        List<Violation> violations = new ArrayList<>();
        if (dialMode == null) {
            violations.add(new Violation("dialMode", dialModes()));
        }
        if (timeZone == null) {
            violations.add(new Violation("timeZone", "is required"));
        }
        checkRanges(violations, maxAttempts, seconds(retryDelay), seconds(averageHandleTime),
                seconds(serviceLevelTarget), seconds(wrapUpTime));
        checkHelpNumber(violations, helpNumber);
        if (businessHours != null && timeZone != null && !businessHours.zone().equals(timeZone)) {
            violations.add(new Violation("businessHours", "are read in " + businessHours.zone()
                    + ", not in the queue's time zone " + timeZone));
        }
        if (!violations.isEmpty()) {
            throw new InvalidQueueSettingsException(violations);
        }
    }

    /**
     * Settings from the values an operator wrote: every value is checked and every refusal reported together.
     *
     * @param businessHours the text form of {@link BusinessHours}, or null for always open
     * @param timeZone a region such as {@code Europe/Berlin}, or {@code UTC}
     */
    public static QueueSettings of(String dialMode, int maxAttempts, long retryDelaySeconds, long averageHandleSeconds,
            long serviceLevelSeconds, String businessHours, String timeZone) {
        return of(dialMode, maxAttempts, retryDelaySeconds, averageHandleSeconds, serviceLevelSeconds, businessHours,
                timeZone, DEFAULTS.wrapUpTime().toSeconds(), null);
    }

    /**
     * Settings from the values an operator wrote, the dialer's wrap-up time and the queue's help number included.
     *
     * @param helpNumber E.164, or null for a queue customers cannot call
     */
    public static QueueSettings of(String dialMode, int maxAttempts, long retryDelaySeconds, long averageHandleSeconds,
            long serviceLevelSeconds, String businessHours, String timeZone, long wrapUpSeconds, String helpNumber) {
        List<Violation> violations = new ArrayList<>();
        DialMode mode = null;
        try {
            mode = DialMode.valueOf(dialMode.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            violations.add(new Violation("dialMode", dialModes()));
        }
        ZoneId zone = null;
        try {
            zone = ZoneId.of(timeZone.strip());
        } catch (DateTimeException | NullPointerException e) {
            violations.add(new Violation("timeZone", "is not a time zone; use a region such as Europe/Berlin or"
                    + " America/New_York (they follow daylight-saving time), or UTC"));
        }
        BusinessHours hours = null;
        if (businessHours != null) {
            try {
                // with an unusable zone, still check the hours so that the operator sees every mistake at once
                hours = BusinessHours.parse(businessHours, zone == null ? ZoneOffset.UTC : zone);
            } catch (IllegalArgumentException e) {
                violations.add(new Violation("businessHours", e.getMessage()));
            }
        }
        String number = helpNumber == null || helpNumber.isBlank() ? null : helpNumber.strip();
        checkRanges(violations, maxAttempts, retryDelaySeconds, averageHandleSeconds, serviceLevelSeconds,
                wrapUpSeconds);
        checkHelpNumber(violations, number);
        if (!violations.isEmpty()) {
            throw new InvalidQueueSettingsException(violations);
        }
        return new QueueSettings(mode, maxAttempts, Duration.ofSeconds(retryDelaySeconds),
                Duration.ofSeconds(averageHandleSeconds), Duration.ofSeconds(serviceLevelSeconds), hours, zone,
                Duration.ofSeconds(wrapUpSeconds), number);
    }

    private static void checkHelpNumber(List<Violation> violations, String helpNumber) {
        if (helpNumber != null && !E164.matcher(helpNumber).matches()) {
            violations.add(new Violation("helpNumber", "must be an E.164 number such as +18005550100"));
        }
    }

    private static void checkRanges(List<Violation> violations, int maxAttempts, long retryDelaySeconds,
            long averageHandleSeconds, long serviceLevelSeconds, long wrapUpSeconds) {
        if (maxAttempts < 1 || maxAttempts > MAX_ATTEMPTS) {
            violations.add(new Violation("maxAttempts", "must be 1 to " + MAX_ATTEMPTS));
        }
        between(violations, "retryDelaySeconds", retryDelaySeconds, MIN_RETRY_DELAY, MAX_RETRY_DELAY);
        between(violations, "averageHandleSeconds", averageHandleSeconds, Duration.ofSeconds(1), MAX_HANDLE_TIME);
        between(violations, "serviceLevelSeconds", serviceLevelSeconds, Duration.ofSeconds(1),
                MAX_SERVICE_LEVEL_TARGET);
        between(violations, "wrapUpSeconds", wrapUpSeconds, Duration.ZERO, MAX_WRAP_UP);
    }

    private static void between(List<Violation> violations, String field, long seconds, Duration min, Duration max) {
        if (seconds < min.toSeconds() || seconds > max.toSeconds()) {
            violations.add(new Violation(field, "must be " + min.toSeconds() + " to " + max.toSeconds() + " seconds"));
        }
    }

    /** A missing duration is out of every range. */
    private static long seconds(Duration duration) {
        return duration == null ? -1 : duration.toSeconds();
    }

    private static String dialModes() {
        return "must be " + DialMode.AGENT_FIRST + " or " + DialMode.CUSTOMER_FIRST;
    }

    /** Whether the queue takes calls at that instant. */
    public boolean isOpen(Instant at) {
        return businessHours == null || businessHours.isOpen(at);
    }

    /**
     * When a request may first be called that wants to be called at {@code wanted} (now, or the customer's
     * preferred time): then, if the queue is open then, otherwise at its next opening. A preferred time that has
     * just passed (the intake tolerates a minute) counts as now.
     */
    public Instant firstCallTime(Instant wanted, Instant now) {
        Instant from = wanted.isBefore(now) ? now : wanted;
        return isOpen(from) ? wanted : businessHours.nextOpening(from);
    }

    /** For the log: the hours in their text form. */
    @Override
    public String toString() {
        return "dialMode=" + dialMode + ", maxAttempts=" + maxAttempts + ", retryDelaySeconds="
                + retryDelay.toSeconds() + ", averageHandleSeconds=" + averageHandleTime.toSeconds()
                + ", serviceLevelSeconds=" + serviceLevelTarget.toSeconds() + ", businessHours="
                + (businessHours == null ? "always open" : "\"" + businessHours + "\"") + ", timeZone=" + timeZone + ", wrapUpSeconds=" + wrapUpTime.toSeconds() + ", helpNumber=" + helpNumber;
    }
}
