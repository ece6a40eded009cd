package org.helpdesk.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.helpdesk.request.CallOutcome;
import org.junit.jupiter.api.Test;

/** The wrap-up after a conversation: when it ends, the outcome is due. */
class AgentTest {

    private static final Instant NOON = Instant.parse("2026-11-26T12:00:00Z");

    private static Agent wrappingUp() {
        Agent agent = new Agent("agent1", "Ann Agent", "1001", Set.of("default"), NOON);
        agent.changeState(AgentState.ON_CALL, null, NOON);
        agent.wrapUpUntil(NOON.plusSeconds(30));
        agent.changeState(AgentState.WRAP_UP, null, NOON);
        return agent;
    }

    @Test
    void wrapUpRunsOutAtItsEnd() {
        Agent agent = wrappingUp();

        assertFalse(agent.wrapUpOver(NOON.plusSeconds(29)));
        assertTrue(agent.wrapUpOver(NOON.plusSeconds(30)));
    }

    @Test
    void breakDuringTheWrapUpLeavesTheOutcomeDue() {
        Agent agent = wrappingUp();

        agent.changeState(AgentState.NOT_READY, "Lunch", NOON.plusSeconds(5));

        assertEquals(NOON.plusSeconds(30), agent.wrapUpUntil(), "the outcome is still owed by then");
    }

    @Test
    void becomingReadyEndsTheWrapUp() {
        Agent agent = wrappingUp();

        agent.changeState(AgentState.READY, null, NOON.plusSeconds(5));

        assertNull(agent.wrapUpUntil());
    }

    @Test
    void notRecordedIsNoOutcomeAnAgentCanChoose() {
        assertFalse(CallOutcome.NOT_RECORDED.chosenByAgent());
        assertTrue(CallOutcome.RESOLVED.chosenByAgent());
    }
}
