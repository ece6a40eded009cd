package org.helpdesk.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.helpdesk.account.Role;
import org.helpdesk.agent.AgentRoster;
import org.helpdesk.agent.AgentState;
import org.helpdesk.agent.NewAgent;
import org.helpdesk.intake.HelpRequestIntake;
import org.helpdesk.queue.HelpRequestView;
import org.helpdesk.it.Deployments;
import org.helpdesk.it.Phones;
import org.helpdesk.queue.QueueCounts;
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

    @EJB
    private QueueCounts counts;

    @Resource(lookup = "java:app/jdbc/helpdesk")
    private DataSource database;

    @Deployment
    static WebArchive helpdesk() {
        return Deployments.helpdesk(Map.of(
                "helpdesk.rate.per-ip-per-minute", "100000",
                "helpdesk.rate.per-phone-per-hour", "100000",
                "helpdesk.queues", "default,scheduling,estimates,empty,lines,recount,busy,unstaffed"))
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
        assertEquals(3, submit("scheduling", null).position(), "a newcomer queues behind both");
    }

    @Test
    void cancelledRequestGivesUpItsPlaceToTheRequestsBehindAndToNewcomers() {
        HelpRequestView first = submit("lines", null);
        HelpRequestView second = submit("lines", null);
        HelpRequestView third = submit("lines", null);

        intake.cancel(second.id());
        intake.cancel(second.id());

        assertEquals(2, intake.find(third.id()).orElseThrow().position());
        assertEquals(3, submit("lines", null).position(), "behind the two still waiting, cancelling twice counts once");
        assertEquals(1, intake.find(first.id()).orElseThrow().position());
    }

    @Test
    void wrongWaitingCountIsCorrectedByTheRecount() throws SQLException {
        submit("recount", null);
        submit("recount", null);
        keepClearOfTheMinutelyCheck();
        try (Connection connection = database.getConnection();
             PreparedStatement corrupt = connection.prepareStatement(
                     "UPDATE call_queue SET waiting = 40 WHERE name = 'recount'")) {
            corrupt.executeUpdate();
        }
        assertEquals(41, submit("recount", null).position(), "the kept count is what newcomers are told");

        assertTrue(counts.recount("recount"), "the wrong count is found");
        assertFalse(counts.recount("recount"), "and corrected");

        assertEquals(4, submit("recount", null).position());
    }

    @Test
    void estimateCountsRoundsOfTheReadyAgentsTimesTheHandleTime() {
        for (String login : List.of("est-1", "est-2")) {
            agents.hire(new NewAgent(login, "Estimator " + login, "a-long-password".toCharArray(), null,
                    Set.of("estimates"), Role.AGENT));
            agents.changeState(login, AgentState.READY, null, "the test");
        }

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

    @Test
    void withEveryAgentOnACallTheCustomerIsStillToldAWait() {
        agents.hire(new NewAgent("busy-1", "Busy One", "a-long-password".toCharArray(), null, Set.of("busy"),
                Role.AGENT));
        agents.changeState("busy-1", AgentState.ON_CALL, null, "the test");

        HelpRequestView first = submit("busy", null);
        HelpRequestView second = submit("busy", null);

        assertFalse(first.agentsAvailable(), "nobody is ready right now");
        assertNotNull(first.estimatedWaitSeconds(), "but the agent on a call frees up: " + first);
        assertTrue(first.estimatedWaitSeconds() > 0 && first.estimatedWaitSeconds() <= 300,
                "the rest of the default 5-minute handle time: " + first);
        assertEquals(first.estimatedWaitSeconds() + 300, second.estimatedWaitSeconds(),
                "the next customer waits one handle time more");
        var summary = overview.summaries().stream().filter(q -> q.name().equals("busy")).findFirst().orElseThrow();
        assertEquals(0, summary.agentsReady());
        assertNotNull(summary.estimatedWaitSeconds(), "the console shows it too");
    }

    @Test
    void withNobodyOfTheQueueLoggedInOrReadyThereIsNoEstimate() {
        agents.hire(new NewAgent("unstaffed-out", "Logged Out", "a-long-password".toCharArray(), null,
                Set.of("unstaffed"), Role.AGENT));
        agents.hire(new NewAgent("unstaffed-break", "On A Break", "a-long-password".toCharArray(), null,
                Set.of("unstaffed"), Role.AGENT));
        agents.changeState("unstaffed-break", AgentState.NOT_READY, "break", "the test");

        HelpRequestView request = submit("unstaffed", null);

        assertNull(request.estimatedWaitSeconds(), "nobody can say when a break ends: " + request);
        assertFalse(request.agentsAvailable());
    }

    /** The server's own check runs at second 30 of every minute; it must not fix the count before the test does. */
    private static void keepClearOfTheMinutelyCheck() {
        int second = LocalTime.now().getSecond();
        if (second >= 25 && second <= 35) {
            sleep(Duration.ofSeconds(36 - second));
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
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
            sleep(Duration.ofMillis(200));
        }
    }
}
