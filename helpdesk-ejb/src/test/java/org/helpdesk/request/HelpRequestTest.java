package org.helpdesk.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HelpRequestTest {

    private static final Instant NOON = Instant.parse("2026-11-25T12:00:00Z");

    private static HelpRequest immediate(String phone, Instant at) {
        return HelpRequest.accept(details(phone, null), RequestSource.REST, at, null, null);
    }

    private static HelpRequest callback(String phone, Instant submitted, Instant preferred) {
        return HelpRequest.accept(details(phone, preferred), RequestSource.REST, submitted, null, null);
    }

    private static RequestDetails details(String phone, Instant preferred) {
        return new RequestDetails(PhoneNumber.ofE164(phone), null, null, null, preferred, "default", null);
    }

    @Test
    void immediateRequestIsQueuedAndDueOnArrival() {
        HelpRequest request = immediate("+16502530001", NOON);

        assertEquals(RequestStatus.QUEUED, request.status());
        assertEquals(NOON, request.dueAt());
        assertEquals(HelpRequest.IMMEDIATE, request.callPriority());
    }

    @Test
    void requestWithALaterPreferredTimeIsScheduledUntilThen() {
        HelpRequest request = callback("+16502530001", NOON, NOON.plusSeconds(3600));

        assertEquals(RequestStatus.SCHEDULED, request.status());
        assertFalse(request.comeDue(NOON.plusSeconds(3599)));
        assertEquals(RequestStatus.SCHEDULED, request.status());
        assertTrue(request.comeDue(NOON.plusSeconds(3600)));
        assertEquals(RequestStatus.QUEUED, request.status());
        assertFalse(request.comeDue(NOON.plusSeconds(3700)), "coming due happens once");
    }

    @Test
    void immediateRequestsAreCalledInArrivalOrder() {
        HelpRequest first = immediate("+16502530001", NOON);
        HelpRequest second = immediate("+16502530002", NOON.plusMillis(1));
        HelpRequest third = immediate("+16502530003", NOON.plusSeconds(60));

        assertEquals(List.of(first, second, third), sorted(third, first, second));
    }

    @Test
    void dueCallbackGoesAheadOfImmediateRequestsThatArrivedEarlier() {
        HelpRequest early = immediate("+16502530001", NOON);
        HelpRequest later = immediate("+16502530002", NOON.plusSeconds(600));
        HelpRequest promised = callback("+16502530003", NOON.minusSeconds(86_400), NOON.plusSeconds(900));
        promised.comeDue(NOON.plusSeconds(900));

        assertEquals(List.of(promised, early, later), sorted(early, later, promised));
    }

    @Test
    void dueCallbacksAmongThemselvesGoByPromisedTime() {
        HelpRequest nine = callback("+16502530001", NOON, NOON.plusSeconds(9 * 60));
        HelpRequest five = callback("+16502530002", NOON.plusSeconds(1), NOON.plusSeconds(5 * 60));
        nine.comeDue(NOON.plusSeconds(3600));
        five.comeDue(NOON.plusSeconds(3600));

        assertEquals(List.of(five, nine), sorted(nine, five));
    }

    @Test
    void anOpenRequestHoldsTheOnlyPlaceForItsNumberInItsQueue() {
        HelpRequest open = immediate("+16502530001", NOON);
        HelpRequest sameNumberSameQueue = immediate("+16502530001", NOON.plusSeconds(1));
        HelpRequest otherNumber = immediate("+16502530002", NOON);

        assertEquals(open.openKey(), sameNumberSameQueue.openKey(), "the database refuses the second one");
        assertNotEquals(open.openKey(), otherNumber.openKey());
    }

    @Test
    void cancellingGivesThePlaceUpSoTheCustomerMayAskAgain() {
        HelpRequest request = immediate("+16502530001", NOON);
        request.cancel(NOON.plusSeconds(5));

        assertEquals(RequestStatus.CANCELLED, request.status());
        assertNull(request.openKey());
        request.cancel(NOON.plusSeconds(6));
        assertEquals(NOON.plusSeconds(5), request.statusChangedAt(), "cancelling twice changes nothing");
    }

    @Test
    void assignedRequestIsBeingCalledAndKeepsItsOpenPlace() {
        HelpRequest request = immediate("+16502530001", NOON);

        request.assignTo("agent1", NOON.plusSeconds(30));

        assertEquals(RequestStatus.DIALING, request.status());
        assertEquals("agent1", request.assignedAgent());
        assertEquals(1, request.attempts(), "the call now being made is the first attempt");
        assertEquals(NOON.plusSeconds(30), request.statusChangedAt());
        assertNotNull(request.openKey(), "while it is being called the customer cannot open a second request");
    }

    @Test
    void onlyARequestWaitingInLineCanBeAssigned() {
        HelpRequest scheduled = callback("+16502530001", NOON, NOON.plusSeconds(3600));
        HelpRequest cancelled = immediate("+16502530002", NOON);
        cancelled.cancel(NOON);
        HelpRequest assigned = immediate("+16502530003", NOON);
        assigned.assignTo("agent1", NOON);

        for (HelpRequest request : List.of(scheduled, cancelled, assigned)) {
            RequestStatus before = request.status();
            assertThrows(RequestNotAssignableException.class, () -> request.assignTo("agent2", NOON.plusSeconds(1)));
            assertEquals(before, request.status());
        }
        assertEquals("agent1", assigned.assignedAgent(), "a request being called is not taken from its agent");
        assertEquals(1, assigned.attempts());
    }

    @Test
    void assignedRequestCanNoLongerBeCancelled() {
        HelpRequest request = immediate("+16502530001", NOON);
        request.assignTo("agent1", NOON);

        assertThrows(RequestNotCancellableException.class, () -> request.cancel(NOON.plusSeconds(1)));
    }

    @Test
    void everyRequestGetsAnUnguessableId() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String id = immediate("+16502530001", NOON).id().value();
            assertTrue(RequestId.isWellFormed(id));
            assertTrue(ids.add(id));
        }
        assertNotNull(RequestId.of(ids.iterator().next()));
        assertThrows(IllegalArgumentException.class, () -> RequestId.of("1"));
    }

    private static List<HelpRequest> sorted(HelpRequest... requests) {
        List<HelpRequest> list = new ArrayList<>(List.of(requests));
        list.sort(HelpRequest.CALL_ORDER);
        return list;
    }
}
