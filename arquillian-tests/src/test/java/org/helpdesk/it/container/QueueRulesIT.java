package org.helpdesk.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.helpdesk.agent.AgentRoster;
import org.helpdesk.agent.AgentState;
import org.helpdesk.intake.HelpRequestIntake;
import org.helpdesk.intake.HelpRequestView;
import org.helpdesk.it.Deployments;
import org.helpdesk.it.Phones;
import org.helpdesk.queue.QueueOverview;
import org.helpdesk.request.RequestSource;
import org.helpdesk.request.RequestStatus;
import org.helpdesk.request.Submission;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Queue order and wait estimates, inside the server: scheduled call-backs come due by the timer and go ahead of
 * immediate requests; estimates follow the agents who are ready. Each test works in a queue of its own.
 */
@ExtendWith(ArquillianExtension.class)
class QueueRulesIT {

    @EJB
    private HelpRequestIntake intake;

    @EJB
    private QueueOverview overview;

    @EJB
    private AgentRoster agents;

    @Deployment
    static WebArchive helpdesk() {
        return Deployments.helpdesk(Map.of(
                "helpdesk.rate.per-ip-per-minute", "100000",
                "helpdesk.rate.per-phone-per-hour", "100000",
                "helpdesk.queues", "default,scheduling,estimates,empty"))
                .addClass(Phones.class);
    }

    @Test
    void dueCallbackIsQueuedAheadOfImmediateRequestsByTheTimer() {
        HelpRequestView immediate = submit("scheduling", null);
        HelpRequestView callback = submit("scheduling", OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(3));
        assertEquals(RequestStatus.SCHEDULED, callback.status());
        assertEquals(List.of(immediate.id(), callback.id()), idsInCallOrder("scheduling"),
                "queued first, scheduled after, until due");

        awaitTrue(Duration.ofSeconds(30), () -> intake.find(callback.id()).orElseThrow().status() == RequestStatus.QUEUED);

        assertEquals(List.of(callback.id(), immediate.id()), idsInCallOrder("scheduling"));
        assertEquals(1, intake.find(callback.id()).orElseThrow().position());
        assertEquals(2, intake.find(immediate.id()).orElseThrow().position());
    }

    @Test
    void estimateCountsRoundsOfTheReadyAgentsTimesTheHandleTime() {
        agents.enlist("est-1", "Estimator One", Set.of("estimates"));
        agents.enlist("est-2", "Estimator Two", Set.of("estimates"));
        agents.changeState("est-1", AgentState.READY);
        agents.changeState("est-2", AgentState.READY);

        HelpRequestView first = submit("estimates", null);
        HelpRequestView second = submit("estimates", null);
        HelpRequestView third = submit("estimates", null);

        assertEquals(0L, first.estimatedWaitSeconds());
        assertEquals(0L, second.estimatedWaitSeconds());
        assertEquals(300L, third.estimatedWaitSeconds(), "one round of the default 5-minute handle time");
        assertTrue(third.agentsAvailable());
        var summary = overview.summaries().stream().filter(q -> q.name().equals("estimates")).findFirst().orElseThrow();
        assertEquals(2, summary.agentsReady());
        assertEquals(3, summary.waiting());
        assertEquals(300L, summary.estimatedWaitSeconds(), "a fourth request would wait one round");
    }

    @Test
    void emptyStaffedQueueHasNoEstimate() {
        var summary = overview.summaries().stream().filter(q -> q.name().equals("empty")).findFirst().orElseThrow();
        assertEquals(0, summary.agentsReady());
        assertNull(summary.estimatedWaitSeconds());
        HelpRequestView request = submit("empty", null);
        assertNull(request.estimatedWaitSeconds());
        assertFalse(request.agentsAvailable());
    }

    private HelpRequestView submit(String queue, OffsetDateTime preferred) {
        return intake.submit(new Submission(Phones.unique(), null, null, null, preferred, queue, null,
                RequestSource.JMS, null, null)).request();
    }

    private List<String> idsInCallOrder(String queue) {
        return overview.openRequests(queue).orElseThrow().stream().map(HelpRequestView::id).toList();
    }

    private static void awaitTrue(Duration timeout, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("condition not met within " + timeout);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
