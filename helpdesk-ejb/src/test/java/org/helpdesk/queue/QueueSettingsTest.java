package org.helpdesk.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.helpdesk.request.Violation;
import org.junit.jupiter.api.Test;

/** Queue settings are always valid; what an operator got wrong is named by field, all at once. */
class QueueSettingsTest {

    private static final String OFFICE = "Mon-Fri 08:00-18:00";

    private static QueueSettings settings(String dialMode, int maxAttempts, String hours, String zone) {
        return QueueSettings.of(dialMode, maxAttempts, 300, 240, 30, hours, zone);
    }

    private static List<String> refusedFields(Runnable settings) {
        return assertThrows(InvalidQueueSettingsException.class, settings::run).violations().stream()
                .map(Violation::field).toList();
    }

    @Test
    void validValuesBecomeSettingsWithTheHoursReadInTheQueuesZone() {
        QueueSettings settings = settings("customer_first", 5, OFFICE, "Europe/Berlin");

        assertEquals(DialMode.CUSTOMER_FIRST, settings.dialMode());
        assertEquals(5, settings.maxAttempts());
        assertEquals(Duration.ofMinutes(5), settings.retryDelay());
        assertEquals(Duration.ofMinutes(4), settings.averageHandleTime());
        assertEquals(Duration.ofSeconds(30), settings.serviceLevelTarget());
        assertEquals(ZoneId.of("Europe/Berlin"), settings.businessHours().zone());
        assertEquals(OFFICE, settings.businessHours().toString());
    }

    @Test
    void withoutBusinessHoursTheQueueIsAlwaysOpen() {
        QueueSettings settings = settings("AGENT_FIRST", 3, null, "UTC");

        assertNull(settings.businessHours());
        assertTrue(settings.isOpen(Instant.parse("2026-11-29T03:00:00Z")));
    }

    @Test
    void defaultsAreThoseOfTheMigration() {
        QueueSettings defaults = QueueSettings.DEFAULTS;

        assertEquals(DialMode.AGENT_FIRST, defaults.dialMode());
        assertEquals(3, defaults.maxAttempts());
        assertEquals(Duration.ofSeconds(300), defaults.retryDelay());
        assertEquals(Duration.ofSeconds(60), defaults.serviceLevelTarget());
        assertNull(defaults.businessHours());
        assertEquals("UTC", defaults.timeZone().getId());
    }

    @Test
    void attemptsRangeFromOneToTen() {
        assertEquals(1, settings("AGENT_FIRST", 1, null, "UTC").maxAttempts());
        assertEquals(10, settings("AGENT_FIRST", 10, null, "UTC").maxAttempts());
        assertEquals(List.of("maxAttempts"), refusedFields(() -> settings("AGENT_FIRST", 0, null, "UTC")));
        assertEquals(List.of("maxAttempts"), refusedFields(() -> settings("AGENT_FIRST", 11, null, "UTC")));
    }

    @Test
    void everyWrongValueIsNamedAtOnce() {
        assertEquals(List.of("dialMode", "timeZone", "businessHours", "maxAttempts", "retryDelaySeconds",
                        "averageHandleSeconds", "serviceLevelSeconds"),
                refusedFields(() -> QueueSettings.of("PREDICTIVE", 0, 0, 0, 0, "Mon 25:00-26:00", "Mars/Olympus")));
    }

    @Test
    void unknownTimeZoneIsRefusedAndSaysWhatAZoneLooksLike() {
        InvalidQueueSettingsException refusal = assertThrows(InvalidQueueSettingsException.class,
                () -> settings("AGENT_FIRST", 3, null, "CEST"));

        assertEquals("timeZone", refusal.violations().get(0).field());
        assertTrue(refusal.getMessage().contains("Europe/Berlin"), refusal::getMessage);
    }

    @Test
    void hoursInAnotherZoneThanTheQueuesAreRefused() {
        assertEquals(List.of("businessHours"), refusedFields(() -> new QueueSettings(DialMode.AGENT_FIRST, 3,
                Duration.ofMinutes(5), Duration.ofMinutes(5), Duration.ofMinutes(1),
                BusinessHours.parse(OFFICE, ZoneId.of("UTC")), ZoneId.of("Europe/Berlin"), Duration.ZERO, null)));
    }

    @Test
    void helpNumberMustBeE164AndWrapUpAtMostAnHour() {
        assertEquals(List.of("wrapUpSeconds", "helpNumber"), refusedFields(() ->
                QueueSettings.of("AGENT_FIRST", 3, 300, 240, 30, null, "UTC", 3601, "0800 555 0100")));
        QueueSettings settings = QueueSettings.of("AGENT_FIRST", 3, 300, 240, 30, null, "UTC", 0, " +18005550100 ");
        assertEquals("+18005550100", settings.helpNumber());
        assertEquals(Duration.ZERO, settings.wrapUpTime());
        assertNull(QueueSettings.of("AGENT_FIRST", 3, 300, 240, 30, null, "UTC", 30, " ").helpNumber());
    }

    @Test
    void requestForAnOpenQueueIsCalledWhenTheCustomerWants() {
        QueueSettings settings = settings("AGENT_FIRST", 3, OFFICE, "UTC");
        Instant wednesdayNoon = Instant.parse("2026-11-25T12:00:00Z");

        assertEquals(wednesdayNoon, settings.firstCallTime(wednesdayNoon, wednesdayNoon));
        assertEquals(wednesdayNoon.minusSeconds(30), settings.firstCallTime(wednesdayNoon.minusSeconds(30),
                wednesdayNoon), "a preferred time that has just passed stays as it was");
    }

    @Test
    void requestForAClosedQueueIsCalledAtItsNextOpening() {
        QueueSettings settings = settings("AGENT_FIRST", 3, OFFICE, "UTC");
        Instant wednesdayNight = Instant.parse("2026-11-25T23:00:00Z");
        Instant fridayEvening = Instant.parse("2026-11-27T19:00:00Z");

        assertEquals(Instant.parse("2026-11-26T08:00:00Z"), settings.firstCallTime(wednesdayNight, wednesdayNight));
        assertEquals(Instant.parse("2026-11-30T08:00:00Z"), settings.firstCallTime(fridayEvening, wednesdayNight),
                "a preferred time when the queue is closed moves to the opening after it");
        assertEquals(Instant.parse("2026-11-26T08:00:00Z"),
                settings.firstCallTime(Instant.parse("2026-11-25T17:59:30Z"), Instant.parse("2026-11-25T18:00:10Z")),
                "a preferred time just before closing that has passed counts as now");
    }
}
