package org.helpdesk.dialer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.helpdesk.dialer.CallProgress.Step;
import org.helpdesk.queue.DialMode;
import org.helpdesk.request.HelpRequest;
import org.helpdesk.request.PhoneNumber;
import org.helpdesk.request.RequestDetails;
import org.helpdesk.request.RequestSource;
import org.junit.jupiter.api.Test;

class CallAttemptTest {

    private static final Instant NOON = Instant.parse("2026-11-26T12:00:00Z");

    private static CallAttempt outbound() {
        HelpRequest request = HelpRequest.accept(new RequestDetails(PhoneNumber.ofE164("+16505550123"), null, null,
                null, null, "default", null), RequestSource.REST, NOON, null, null);
        request.assignTo("agent1", NOON);
        return CallAttempt.outbound(request, DialMode.AGENT_FIRST, "agent1", "1001", "node-a", NOON);
    }

    @Test
    void callInFlightHoldsTheCustomersNumberUntilItEnds() {
        CallAttempt call = outbound();
        assertTrue(call.inFlight());
        assertEquals(1, call.attemptNo());

        assertTrue(call.end(EndCause.CUSTOMER_BUSY, NOON.plusSeconds(5)));

        assertFalse(call.inFlight());
        assertEquals(EndCause.CUSTOMER_BUSY, call.endCause());
        assertFalse(call.end(EndCause.HUNG_UP, NOON.plusSeconds(6)), "a call ends once");
        assertEquals(EndCause.CUSTOMER_BUSY, call.endCause());
    }

    @Test
    void callInFlightHoldsTheAgentsPhoneSoThatNoSecondCallIsOfferedToIt() {
        CallAttempt call = outbound();
        assertEquals(CallPhase.DIALING, call.phase());

        call.record(Step.AGENT_ALERTING, NOON.plusSeconds(1));
        assertEquals(CallPhase.RINGING, call.phase());
        call.record(Step.AGENT_CONNECTED, NOON.plusSeconds(2));
        call.record(Step.CUSTOMER_CONNECTED, NOON.plusSeconds(9));
        assertEquals(CallPhase.TALKING, call.phase());
        assertEquals(NOON.plusSeconds(9), call.talkingSince(), "talking once both are on the line");

        call.end(EndCause.HUNG_UP, NOON.plusSeconds(60));
        assertEquals(CallPhase.ENDED, call.phase());
    }

    @Test
    void talkTimeRunsFromWhenBothWereOnTheLineToTheEnd() {
        CallAttempt call = outbound();
        call.record(Step.AGENT_ALERTING, NOON.plusSeconds(1));
        call.record(Step.AGENT_CONNECTED, NOON.plusSeconds(3));
        assertFalse(call.conversationStarted(), "the customer has not answered yet");
        call.record(Step.CUSTOMER_CONNECTED, NOON.plusSeconds(10));
        assertTrue(call.conversationStarted());
        assertNull(call.talkTime(), "still talking");

        call.end(EndCause.HUNG_UP, NOON.plusSeconds(130));

        assertEquals(Duration.ofSeconds(120), call.talkTime());
        assertFalse(call.record(Step.AGENT_ALERTING, NOON.plusSeconds(131)), "a late event changes nothing");
    }

    @Test
    void causesSayWhoseSideFailed() {
        assertEquals(EndCause.AGENT_NO_ANSWER, EndCause.of(EndCause.Party.AGENT, EndCause.Failure.NO_ANSWER));
        assertEquals(EndCause.CUSTOMER_BUSY, EndCause.of(EndCause.Party.CUSTOMER, EndCause.Failure.BUSY));
        assertEquals(EndCause.Party.CUSTOMER, EndCause.CUSTOMER_DECLINED.party());
        assertEquals(EndCause.Party.NONE, EndCause.INTERRUPTED.party());
    }

    @Test
    void callReferenceTravelsAsApplicationData() {
        CallRef ref = new CallRef("4f1c2a", 1050);
        assertEquals(ref, CallRef.parse(ref.toString()));
        assertNull(CallRef.parse("someone-elses-data"));
        assertNull(CallRef.parse(42));
        assertNull(CallRef.parse("x/not-a-number"));
    }
}
