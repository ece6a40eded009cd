package org.helpdesk.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.helpdesk.queue.QueueSettings;
import org.helpdesk.ratelimit.RateLimitExceededException;
import org.helpdesk.request.HelpRequest;
import org.helpdesk.request.IdempotencyKey;
import org.helpdesk.request.InvalidHelpRequestException;
import org.helpdesk.request.PhoneNumber;
import org.helpdesk.request.RequestDetails;
import org.helpdesk.request.RequestSource;
import org.helpdesk.request.RequestStatus;
import org.helpdesk.request.Submission;
import org.junit.jupiter.api.Test;

/** A batch of submissions written together must answer exactly as if they had come one after the other. */
class AcceptanceBatchTest {

    private static final Instant NOON = Instant.parse("2026-11-25T12:00:00Z");
    private static final int PER_PHONE_PER_HOUR = 3;

    private static ValidSubmission submission(String phone, String queue, RequestSource source, String key) {
        RequestDetails details = new RequestDetails(PhoneNumber.ofE164(phone), null, null, null, null, queue, null);
        Submission raw = new Submission(phone, null, null, null, null, queue, null, source, key, "192.0.2.1");
        return new ValidSubmission(raw, details, key == null ? null : IdempotencyKey.of(key, details));
    }

    private static ValidSubmission rest(String phone) {
        return submission(phone, "default", RequestSource.REST, null);
    }

    private static AcceptanceBatch batch(List<HelpRequest> open, List<HelpRequest> earlier,
            Map<PhoneNumber, Long> recent) {
        return new AcceptanceBatch(NOON, PER_PHONE_PER_HOUR, Map.of("default", QueueSettings.DEFAULTS, "billing", QueueSettings.DEFAULTS), open, earlier, recent);
    }

    private static AcceptanceBatch emptyDatabase() {
        return batch(List.of(), List.of(), Map.of());
    }

    private static HelpRequest stored(ValidSubmission submission) {
        return HelpRequest.accept(submission.details(), submission.submission().source(), NOON.minusSeconds(60),
                submission.idempotency(), null);
    }

    @Test
    void newNumbersAreEachCreated() {
        AcceptanceBatch batch = emptyDatabase();

        AcceptanceBatch.Decision first = batch.decide(rest("+16502530001"));
        AcceptanceBatch.Decision second = batch.decide(rest("+16502530002"));

        assertEquals(SubmissionOutcome.Kind.CREATED, first.kind());
        assertEquals(SubmissionOutcome.Kind.CREATED, second.kind());
        assertEquals(NOON, first.request().createdAt());
    }

    @Test
    void secondSubmissionOfANumberInTheSameBatchIsADuplicateOfTheFirst() {
        AcceptanceBatch batch = emptyDatabase();

        AcceptanceBatch.Decision first = batch.decide(rest("+16502530001"));
        AcceptanceBatch.Decision again = batch.decide(rest("+16502530001"));

        assertEquals(SubmissionOutcome.Kind.DUPLICATE, again.kind());
        assertSame(first.request(), again.request());
    }

    @Test
    void sameNumberInAnotherQueueIsNotADuplicate() {
        AcceptanceBatch batch = emptyDatabase();

        batch.decide(rest("+16502530001"));
        AcceptanceBatch.Decision billing = batch.decide(submission("+16502530001", "billing", RequestSource.REST,
                null));

        assertEquals(SubmissionOutcome.Kind.CREATED, billing.kind());
    }

    @Test
    void numberWithAnOpenRequestInTheDatabaseGetsThatRequest() {
        HelpRequest open = stored(rest("+16502530001"));
        AcceptanceBatch batch = batch(List.of(open), List.of(), Map.of());

        AcceptanceBatch.Decision decision = batch.decide(rest("+16502530001"));

        assertEquals(SubmissionOutcome.Kind.DUPLICATE, decision.kind());
        assertSame(open, decision.request());
    }

    @Test
    void retryWithTheSameIdempotencyKeyInTheSameBatchReplaysTheFirstAnswer() {
        AcceptanceBatch batch = emptyDatabase();

        AcceptanceBatch.Decision first = batch.decide(submission("+16502530001", "default", RequestSource.REST, "k1"));
        AcceptanceBatch.Decision retry = batch.decide(submission("+16502530001", "default", RequestSource.REST, "k1"));

        assertEquals(SubmissionOutcome.Kind.REPLAYED, retry.kind());
        assertSame(first.request(), retry.request());
    }

    @Test
    void idempotencyKeyReusedForOtherDetailsIsRefused() {
        HelpRequest earlier = stored(submission("+16502530001", "default", RequestSource.REST, "k1"));
        AcceptanceBatch batch = batch(List.of(), List.of(earlier), Map.of());

        AcceptanceBatch.Decision reused = batch.decide(submission("+16502530002", "default", RequestSource.REST,
                "k1"));

        assertInstanceOf(IdempotencyKeyReusedException.class, reused.refusal());
        assertNull(reused.request());
    }

    @Test
    void unknownQueueIsRefusedNamingTheField() {
        AcceptanceBatch.Decision refused = emptyDatabase().decide(submission("+16502530001", "nowhere",
                RequestSource.REST, null));

        assertEquals("queue", assertInstanceOf(InvalidHelpRequestException.class, refused.refusal()).field());
    }

    @Test
    void perNumberLimitCountsTheDatabaseAndTheBatchTogether() {
        PhoneNumber phone = PhoneNumber.ofE164("+16502530001");
        AcceptanceBatch batch = batch(List.of(), List.of(), Map.of(phone, 2L));

        AcceptanceBatch.Decision third = batch.decide(rest("+16502530001"));
        AcceptanceBatch.Decision fourth = batch.decide(submission("+16502530001", "billing", RequestSource.REST,
                null));

        assertEquals(SubmissionOutcome.Kind.CREATED, third.kind());
        assertInstanceOf(RateLimitExceededException.class, fourth.refusal());
    }

    @Test
    void jmsSubmissionsAreHeldToThePerNumberLimitToo() {
        PhoneNumber phone = PhoneNumber.ofE164("+16502530001");
        AcceptanceBatch batch = batch(List.of(), List.of(), Map.of(phone, 2L));

        AcceptanceBatch.Decision third = batch.decide(submission("+16502530001", "default", RequestSource.JMS, null));
        AcceptanceBatch.Decision fourth = batch.decide(submission("+16502530001", "billing", RequestSource.JMS,
                null));

        assertEquals(SubmissionOutcome.Kind.CREATED, third.kind());
        assertInstanceOf(RateLimitExceededException.class, fourth.refusal());
    }

    @Test
    void aCallBackAnAgentAgreedIsNotLimitedPerNumber() {
        PhoneNumber phone = PhoneNumber.ofE164("+16502530001");
        AcceptanceBatch batch = batch(List.of(), List.of(), Map.of(phone, 10L));

        AcceptanceBatch.Decision agreed = batch.decide(submission("+16502530001", "default", RequestSource.AGENT,
                null));

        assertEquals(SubmissionOutcome.Kind.CREATED, agreed.kind());
    }

    @Test
    void requestForAClosedQueueIsScheduledForItsOpeningAndSaysSo() {
        // NOON is a Wednesday; the queue opens at 14:00 UTC
        QueueSettings afternoons = QueueSettings.of("AGENT_FIRST", 3, 300, 300, 60, "Mon-Fri 14:00-18:00", "UTC");
        AcceptanceBatch batch = new AcceptanceBatch(NOON, PER_PHONE_PER_HOUR, Map.of("default", afternoons),
                List.of(), List.of(), Map.of());

        HelpRequest request = batch.decide(rest("+16502530001")).request();

        assertEquals(RequestStatus.SCHEDULED, request.status());
        assertEquals(Instant.parse("2026-11-25T14:00:00Z"), request.scheduledFor());
        assertEquals(HelpRequest.PROMISED_TIME, request.callPriority(), "ahead of those who ask once it is open");
        assertTrue(request.outsideBusinessHours());
    }

    @Test
    void requestForAnOpenQueueIsQueuedAsBefore() {
        QueueSettings daytime = QueueSettings.of("AGENT_FIRST", 3, 300, 300, 60, "Mon-Fri 08:00-18:00", "UTC");
        AcceptanceBatch batch = new AcceptanceBatch(NOON, PER_PHONE_PER_HOUR, Map.of("default", daytime),
                List.of(), List.of(), Map.of());

        HelpRequest request = batch.decide(rest("+16502530001")).request();

        assertEquals(RequestStatus.QUEUED, request.status());
        assertEquals(HelpRequest.IMMEDIATE, request.callPriority());
        assertNull(request.scheduledFor());
        assertFalse(request.outsideBusinessHours());
    }
}
