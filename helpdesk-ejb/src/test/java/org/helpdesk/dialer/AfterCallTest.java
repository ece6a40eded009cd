package org.helpdesk.dialer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.helpdesk.agent.AgentState;
import org.helpdesk.dialer.CallAttempt.Direction;
import org.junit.jupiter.api.Test;

/** What becomes of the agent when a call ends. */
class AfterCallTest {

    private static final Instant END = Instant.parse("2026-11-26T12:00:00Z");
    private static final Duration WRAP_UP = Duration.ofSeconds(30);

    private static AfterCall after(EndCause cause, boolean talked, boolean owed, AgentState state) {
        return AfterCall.decide(cause, Direction.OUTBOUND, talked, owed, state, WRAP_UP, END);
    }

    @Test
    void phoneTheTelephonyCannotReachMakesTheAgentNotReadyAsPhoneUnreachableSoTheCallIsNotOfferedAgainAtOnce() {
        AfterCall after = after(EndCause.AGENT_UNREACHABLE, false, false, AgentState.ON_CALL);

        assertEquals(AgentState.NOT_READY, after.state());
        assertEquals("phone unreachable", after.reason());
    }

    @Test
    void phoneThatRangOutWasBusyOrDeclinedIsAMissedCall() {
        for (EndCause cause : new EndCause[] {EndCause.AGENT_NO_ANSWER, EndCause.AGENT_BUSY, EndCause.AGENT_DECLINED}) {
            AfterCall after = after(cause, false, false, AgentState.ON_CALL);
            assertEquals(AgentState.NOT_READY, after.state(), cause::name);
            assertEquals("missed call", after.reason(), cause::name);
        }
    }

    @Test
    void customerNotReachedLeavesTheAgentReady() {
        assertEquals(AgentState.READY, after(EndCause.CUSTOMER_UNREACHABLE, false, false, AgentState.ON_CALL).state());
        assertEquals(AgentState.READY, after(EndCause.CUSTOMER_BUSY, false, false, AgentState.ON_CALL).state());
    }

    @Test
    void callTheTelephonyRefusedForNeitherPartyIsNotRepeatedAtOnce() {
        AfterCall after = after(EndCause.NOT_PLACED, false, false, AgentState.ON_CALL);
        assertEquals(AgentState.NOT_READY, after.state());
        assertEquals("call not placed", after.reason());

        AfterCall routed = AfterCall.decide(EndCause.NOT_PLACED, Direction.INBOUND, false, false, AgentState.ON_CALL,
                WRAP_UP, END);
        assertEquals(AgentState.READY, routed.state(), "a caller who hung up before the route is nobody's fault");
    }

    @Test
    void conversationEndsInAWrapUpUntilTheQueuesWrapUpTimeWithTheOutcomeDueThen() {
        AfterCall after = after(EndCause.HUNG_UP, true, true, AgentState.ON_CALL);

        assertEquals(AgentState.WRAP_UP, after.state());
        assertEquals(END.plus(WRAP_UP), after.wrapUpUntil());
        assertFalse(after.outcomeNotRecorded());
    }

    @Test
    void agentWhoChoseReadyDuringTheCallButOwesTheOutcomeWrapsUpAllTheSame() {
        AfterCall after = after(EndCause.HUNG_UP, true, true, AgentState.READY);

        assertEquals(AgentState.WRAP_UP, after.state(), "the next call would pop up over the unfinished form");
        assertEquals(END.plus(WRAP_UP), after.wrapUpUntil());
    }

    @Test
    void agentWhoRecordedTheOutcomeAndChoseReadyDuringTheCallStaysReady() {
        AfterCall after = after(EndCause.HUNG_UP, true, false, AgentState.READY);

        assertNull(after.state());
        assertNull(after.wrapUpUntil());
    }

    @Test
    void agentWhoChoseABreakDuringTheCallKeepsItAndStillOwesTheOutcomeByTheEndOfTheWrapUp() {
        AfterCall after = after(EndCause.HUNG_UP, true, true, AgentState.NOT_READY);

        assertNull(after.state());
        assertEquals(END.plus(WRAP_UP), after.wrapUpUntil());
    }

    @Test
    void withoutWrapUpTimeAnOutcomeNotRecordedDuringTheCallIsRecordedAsNotRecordedAtOnce() {
        AfterCall owed = AfterCall.decide(EndCause.HUNG_UP, Direction.OUTBOUND, true, true, AgentState.ON_CALL,
                Duration.ZERO, END);
        assertEquals(AgentState.READY, owed.state());
        assertTrue(owed.outcomeNotRecorded());
        assertNull(owed.wrapUpUntil());

        AfterCall recorded = AfterCall.decide(EndCause.HUNG_UP, Direction.OUTBOUND, true, false, AgentState.ON_CALL,
                Duration.ZERO, END);
        assertFalse(recorded.outcomeNotRecorded());
    }

    @Test
    void callWhoseEndWasLostIsAConversationIfBothWereOnTheLine() {
        assertEquals(AgentState.WRAP_UP, after(EndCause.END_NOT_RECORDED, true, true, AgentState.ON_CALL).state());
        assertEquals(AgentState.READY, after(EndCause.END_NOT_RECORDED, false, false, AgentState.ON_CALL).state());
    }

    @Test
    void interruptedCallLeavesTheAgentNotReadyTheirPhoneMayStillHoldIt() {
        AfterCall after = after(EndCause.INTERRUPTED, true, true, AgentState.ON_CALL);
        assertEquals(AgentState.NOT_READY, after.state());
        assertEquals("call interrupted by a restart", after.reason());
    }
}
