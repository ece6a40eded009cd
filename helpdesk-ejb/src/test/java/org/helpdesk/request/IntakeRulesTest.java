package org.helpdesk.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IntakeRulesTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    static final IntakeRules RULES = new IntakeRules(new PhoneNumberPolicy("US", Set.of()),
            new PageUrlPolicy(Set.of()), new CallbackTimePolicy(Duration.ofDays(30)));

    static Submission submission(String phone, OffsetDateTime preferred) {
        return new Submission(phone, " Ann ", "https://example.com/p", "Title", preferred, null, "  ",
                RequestSource.REST, null, "127.0.0.1");
    }

    @Test
    void acceptedDetailsAreNormalisedAndTheQueueDefaults() {
        RequestDetails details = RULES.accept(submission("650 253 0000", null), CLOCK);

        assertEquals("+16502530000", details.phone().e164());
        assertEquals("Ann", details.customerName());
        assertEquals("default", details.queue());
        assertNull(details.note(), "blank text is no text");
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        Submission bad = new Submission("12", "x".repeat(201), "javascript:alert(1)", null,
                OffsetDateTime.parse("2020-01-01T00:00:00Z"), "bad queue!", "n".repeat(1001),
                RequestSource.WEB_FORM, null, null);

        InvalidHelpRequestException refused = assertThrows(InvalidHelpRequestException.class,
                () -> RULES.accept(bad, CLOCK));

        assertEquals(List.of("phone", "name", "pageUrl", "preferredTime", "queue", "note"),
                refused.violations().stream().map(Violation::field).toList());
    }

    @Test
    void preferredTimeMustLieBetweenNowAndTheHorizon() {
        OffsetDateTime now = OffsetDateTime.now(CLOCK);
        RULES.accept(submission("650 253 0000", now.plusDays(30)), CLOCK);
        RULES.accept(submission("650 253 0000", now.minusSeconds(30)), CLOCK);

        assertThrows(InvalidHelpRequestException.class,
                () -> RULES.accept(submission("650 253 0000", now.plusDays(30).plusMinutes(1)), CLOCK));
        assertThrows(InvalidHelpRequestException.class,
                () -> RULES.accept(submission("650 253 0000", now.minusMinutes(5)), CLOCK));
    }

    @Test
    void namesAndNotesAreStoredAsGivenNotInterpreted() {
        Submission markup = new Submission("650 253 0000", "<img src=x onerror=alert(1)>", null, null, null,
                "default", "<b>hi</b>", RequestSource.REST, null, null);

        RequestDetails details = RULES.accept(markup, CLOCK);

        assertEquals("<img src=x onerror=alert(1)>", details.customerName());
        assertEquals("<b>hi</b>", details.note());
    }
}
