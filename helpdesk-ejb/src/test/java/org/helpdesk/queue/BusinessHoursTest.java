package org.helpdesk.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Weekly opening hours as operators write them, read on the local clock of the queue's zone. */
class BusinessHoursTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final BusinessHours OFFICE = BusinessHours.parse("Mon-Fri 08:00-18:00; Sat 09:00-13:00", BERLIN);

    private static Instant berlin(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    @Test
    void textFormIsReadInAnyCaseAndSpacingAndWrittenCanonically() {
        assertEquals("Mon-Fri 08:00-18:00; Sat 09:00-13:00",
                BusinessHours.parse("  mon - FRI 08:00 - 18:00 ;sat 09:00-13:00", BERLIN).toString());
        assertEquals("Mon 09:00-10:00; Wed 09:00-10:00; Fri 09:00-10:00",
                BusinessHours.parse("Mon,Wed,Fri 09:00-10:00", BERLIN).toString());
        assertEquals("Mon-Tue 08:00-12:00,13:00-17:00",
                BusinessHours.parse("Tue 13:00-17:00; Mon-Tue 08:00-12:00; Mon 13:00-17:00", BERLIN).toString());
    }

    @Test
    void touchingIntervalsAreOneAndTheCanonicalFormReadsBackTheSame() {
        BusinessHours hours = BusinessHours.parse("Mon 08:00-12:00,12:00-13:00; Sun 00:00-24:00", BERLIN);

        assertEquals("Mon 08:00-13:00; Sun 00:00-24:00", hours.toString());
        assertEquals(hours, BusinessHours.parse(hours.toString(), BERLIN));
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "''                                 | lists no opening hours",
            "Mon 25:00-26:00                    | 25:00 in 25:00-26:00 is not a time of day",
            "Mon 08:60-09:00                    | is not a time of day",
            "Mon 22:00-06:00                    | cannot cross midnight",
            "Fri-Mon 08:00-10:00                | run backwards",
            "Mon 08:00-12:00; Mon 11:00-13:00   | Mon 11:00-13:00 overlaps 08:00-12:00",
            "Mon-Fri 08:00-12:00; Wed 10:00-11:00 | Wed 10:00-11:00 overlaps 08:00-12:00",
            "Xyz 08:00-10:00                    | \"Xyz\" in \"Xyz 08:00-10:00\" is not a day",
            "Monday 08:00-10:00                 | is not a day",
            "Mon                                | has no hours",
            "08:00-10:00                        | names no day",
            "Mon 8:00-10:00                     | is not an interval like 08:00-18:00",
            "Mon 08:00-08:00                    | is empty",
            "Mon 24:00-24:00                    | starts at 24:00",
            "Mon 08:00-10:00;                   | empty entry",
            "Mon-Tue-Wed 08:00-10:00            | is not a day or a range of days"})
    void malformedHoursAreRefusedSayingWhatIsWrong(String text, String reason) {
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> BusinessHours.parse(text, BERLIN));
        assertTrue(refusal.getMessage().contains(reason), refusal::getMessage);
    }

    @Test
    void openFromTheStartOfAnIntervalUntilJustBeforeItsEnd() {
        assertFalse(OFFICE.isOpen(berlin("2026-11-25T07:59:59")));
        assertTrue(OFFICE.isOpen(berlin("2026-11-25T08:00:00")));
        assertTrue(OFFICE.isOpen(berlin("2026-11-25T17:59:59")));
        assertFalse(OFFICE.isOpen(berlin("2026-11-25T18:00:00")));
        assertTrue(OFFICE.isOpen(berlin("2026-11-28T12:00:00")), "Saturday morning");
        assertFalse(OFFICE.isOpen(berlin("2026-11-29T12:00:00")), "Sunday");
    }

    @Test
    void hoursAreReadOnTheQueuesLocalClockNotInUtc() {
        Instant eightInBerlinWinter = Instant.parse("2026-11-25T07:00:00Z");
        Instant eightInBerlinSummer = Instant.parse("2026-06-24T06:00:00Z");

        assertTrue(OFFICE.isOpen(eightInBerlinWinter));
        assertTrue(OFFICE.isOpen(eightInBerlinSummer));
        assertFalse(OFFICE.isOpen(eightInBerlinSummer.minusSeconds(1)));
    }

    @Test
    void nightShiftWrittenAsTwoIntervalsIsOpenAcrossMidnight() {
        BusinessHours night = BusinessHours.parse("Mon 22:00-24:00; Tue 00:00-06:00", BERLIN);

        assertTrue(night.isOpen(berlin("2026-11-23T23:59:59")));
        assertTrue(night.isOpen(berlin("2026-11-24T00:00:00")));
        assertFalse(night.isOpen(berlin("2026-11-24T06:00:00")));
        assertEquals(berlin("2026-11-30T22:00:00"), night.nextOpening(berlin("2026-11-24T06:00:00")));
    }

    @Test
    void nextOpeningOfAnOpenQueueIsNow() {
        Instant wednesdayNoon = berlin("2026-11-25T12:00:00");

        assertEquals(wednesdayNoon, OFFICE.nextOpening(wednesdayNoon));
    }

    @Test
    void nextOpeningIsLaterTheSameDayOrTheNextDay() {
        assertEquals(berlin("2026-11-25T08:00:00"), OFFICE.nextOpening(berlin("2026-11-25T06:30:00")));
        assertEquals(berlin("2026-11-26T08:00:00"), OFFICE.nextOpening(berlin("2026-11-25T18:00:00")));
    }

    @Test
    void nextOpeningAfterSaturdayClosingIsMondayMorning() {
        assertEquals(berlin("2026-11-30T08:00:00"), OFFICE.nextOpening(berlin("2026-11-28T13:00:00")));
        assertEquals(berlin("2026-11-30T08:00:00"), OFFICE.nextOpening(berlin("2026-11-29T23:59:00")));
    }

    @Test
    void queueOpensAtEightLocalTimeOnTheMondayAfterClocksWentForward() {
        // Berlin goes from CET (+01:00) to CEST (+02:00) on Sunday 2026-03-29
        BusinessHours weekdays = BusinessHours.parse("Mon-Fri 08:00-18:00", BERLIN);
        Instant fridayEvening = Instant.parse("2026-03-27T18:00:00Z");

        assertEquals(Instant.parse("2026-03-30T06:00:00Z"), weekdays.nextOpening(fridayEvening));
    }

    @Test
    void queueOpensAtNineLocalTimeOnTheMondayAfterClocksWentBack() {
        // New York goes from EDT (-04:00) to EST (-05:00) on Sunday 2026-11-01
        BusinessHours hours = BusinessHours.parse("Mon-Fri 09:00-17:00", NEW_YORK);
        Instant fridayEvening = Instant.parse("2026-10-30T22:00:00Z");

        assertEquals(Instant.parse("2026-11-02T14:00:00Z"), hours.nextOpening(fridayEvening));
        assertFalse(hours.isOpen(Instant.parse("2026-11-02T13:59:59Z")), "08:59 EST, although 09:59 EDT");
    }

    @Test
    void openingInsideTheSkippedHourOpensWhenTheClockJumps() {
        BusinessHours hours = BusinessHours.parse("Sun 02:30-04:00", BERLIN);

        // 02:00 CET becomes 03:00 CEST at 01:00 UTC: the clock never shows 02:30 that day
        assertEquals(Instant.parse("2026-03-29T01:00:00Z"), hours.nextOpening(Instant.parse("2026-03-28T23:00:00Z")));
    }

    @Test
    void hourThatIsRepeatedInAutumnIsOpenBothTimes() {
        BusinessHours hours = BusinessHours.parse("Sun 02:00-02:30", BERLIN);
        Instant firstTwoFortyFive = Instant.parse("2026-10-25T00:45:00Z");

        assertTrue(hours.isOpen(Instant.parse("2026-10-25T00:15:00Z")), "02:15 CEST");
        assertFalse(hours.isOpen(firstTwoFortyFive), "02:45 CEST");
        assertEquals(Instant.parse("2026-10-25T01:00:00Z"), hours.nextOpening(firstTwoFortyFive), "02:00 CET");
    }
}
