package org.helpdesk.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What happens to a request as the dialer calls it: connected, ended, retried, failed or given back its place. */
class HelpRequestCallsTest {

    private static final Instant NOON = Instant.parse("2026-11-26T12:00:00Z");
    private static final Duration DELAY = Duration.ofMinutes(5);

    private static HelpRequest beingCalled() {
        HelpRequest request = HelpRequest.accept(new RequestDetails(PhoneNumber.ofE164("+16505550123"), null, null,
                null, null, "default", null), RequestSource.REST, NOON, null, null);
        request.assignTo("agent1", NOON.plusSeconds(10));
        return request;
    }

    @Test
    void callThatEndsAfterAConversationCompletesTheRequestAndWaitsForTheOutcome() {
        HelpRequest request = beingCalled();
        request.connected(NOON.plusSeconds(20));
        assertEquals(RequestStatus.CONNECTED, request.status());

        request.callEnded(NOON.plusSeconds(200));
        assertEquals(RequestStatus.COMPLETED, request.status());
        assertNull(request.outcome());
        request.recordOutcome(CallOutcome.RESOLVED, "reset the password");
        assertEquals(CallOutcome.RESOLVED, request.outcome());
        assertThrows(RequestNotAssignableException.class, () -> request.recordOutcome(CallOutcome.OTHER, null),
                "an outcome is recorded once");
    }

    @Test
    void customerNotReachedIsCalledAgainAfterTheDelayAheadOfNewcomers() {
        HelpRequest request = beingCalled();
        Instant busyAt = NOON.plusSeconds(15);

        assertTrue(request.retryLater(busyAt, DELAY, 3));

        assertEquals(RequestStatus.SCHEDULED, request.status());
        assertEquals(busyAt.plus(DELAY), request.dueAt());
        assertEquals(HelpRequest.PROMISED_TIME, request.callPriority());
        assertEquals(1, request.attempts());
        assertTrue(request.comeDue(busyAt.plus(DELAY)));
        assertEquals(RequestStatus.QUEUED, request.status());
    }

    @Test
    void customerNotReachedOnTheLastAttemptFailsTheRequest() {
        HelpRequest request = beingCalled();
        assertTrue(request.retryLater(NOON.plusSeconds(15), DELAY, 2));
        request.comeDue(NOON.plus(DELAY).plusSeconds(15));
        request.assignTo("agent1", NOON.plus(DELAY).plusSeconds(20));
        assertEquals(2, request.attempts());

        assertFalse(request.retryLater(NOON.plus(DELAY).plusSeconds(30), DELAY, 2));

        assertEquals(RequestStatus.FAILED, request.status());
        assertNull(request.openKey(), "the customer may ask again");
    }

    @Test
    void agentWhoDidNotAnswerGivesTheCustomerTheirPlaceBackUncounted() {
        HelpRequest request = beingCalled();
        Instant dueBefore = request.dueAt();

        request.backInLine(NOON.plusSeconds(40));

        assertEquals(RequestStatus.QUEUED, request.status());
        assertEquals(dueBefore, request.dueAt());
        assertEquals(HelpRequest.IMMEDIATE, request.callPriority());
        assertEquals(0, request.attempts());
        assertNull(request.firstCalledAt(), "nobody called the customer yet");
    }

    @Test
    void aCallWithAnUnverifiedCallerIdIsARequestOfItsOwnThatHoldsNoPlaceOfTheNumberAndIsNeverCalledBack() {
        HelpRequest call = HelpRequest.unverifiedCall("default", PhoneNumber.ofE164("+16505550125"), NOON);
        assertFalse(call.phoneVerified());
        assertEquals(RequestSource.PHONE, call.source());
        assertEquals(RequestStatus.QUEUED, call.status());
        assertNull(call.openKey(), "the owner's requests of the number neither find it nor are blocked by it");

        call.assignTo("agent1", NOON.plusSeconds(1));
        call.unverifiedCallMissed(NOON.plusSeconds(30));

        assertEquals(RequestStatus.FAILED, call.status(), "not back in line: the number may not be the caller's");
    }

    @Test
    void aVerifiedRequestIsNeverTreatedAsAnUnverifiedCall() {
        HelpRequest request = beingCalled();
        assertTrue(request.phoneVerified());
        assertThrows(IllegalStateException.class, () -> request.unverifiedCallMissed(NOON.plusSeconds(30)));
    }

    @Test
    void onlyARequestBeingCalledCanEndACall() {
        HelpRequest waiting = HelpRequest.accept(new RequestDetails(PhoneNumber.ofE164("+16505550124"), null, null,
                null, null, "default", null), RequestSource.REST, NOON, null, null);
        assertThrows(RequestNotAssignableException.class, () -> waiting.callEnded(NOON));
        assertThrows(RequestNotAssignableException.class, () -> waiting.retryLater(NOON, DELAY, 3));
        assertThrows(RequestNotAssignableException.class, () -> waiting.backInLine(NOON));
    }
}
