package org.helpdesk.request;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class IdempotencyKeyTest {

    private static RequestDetails details(String note) {
        return new RequestDetails(PhoneNumber.ofE164("+16502530000"), "Ann", null, null, null, "default", note);
    }

    @Test
    void aRetryOfTheSameSubmissionIsRecognisedAndADifferentOneIsNot() {
        HelpRequest first = HelpRequest.accept(details("help"), RequestSource.REST, Instant.EPOCH,
                IdempotencyKey.of("k-1", details("help")), null);

        assertTrue(first.answersIdempotencyKey(IdempotencyKey.of("k-1", details("help"))));
        assertFalse(first.answersIdempotencyKey(IdempotencyKey.of("k-1", details("other help"))));
    }
}
