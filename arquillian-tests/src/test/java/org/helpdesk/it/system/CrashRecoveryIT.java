package org.helpdesk.it.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.helpdesk.it.Api;
import org.helpdesk.it.Deployments;
import org.helpdesk.it.Phones;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Nothing is lost": the packaged server, started by {@code bin/helpdesk run} exactly as an operator starts it, is
 * killed with {@code kill -9} while clients are submitting, and started again on the same data directory.
 */
class CrashRecoveryIT {

    private static final int HTTP_PORT = Integer.getInteger("helpdesk.it.crash.httpPort", 18280);
    private static final int JMS_PORT = Integer.getInteger("helpdesk.it.crash.jmsPort", 61619);
    /** A bound for the stream of submissions, far above what is sent before the kill. */
    private static final int MAX_SUBMISSIONS = 2_000;
    private static final int KILL_AFTER_ACCEPTED = 20;
    private static final int CLIENTS = 6;

    private Path repoRoot;
    private Path work;
    private Map<String, String> environment;
    private HelpdeskProcess server;

    @BeforeEach
    void freshDataDirectory() throws IOException {
        repoRoot = HelpdeskProcess.repoRoot();
        work = HelpdeskProcess.freshWorkDirectory("helpdesk.it.crash.workDir", "target/crash-recovery");
        environment = Map.of(
                "HELPDESK_DATA_DIR", work.resolve("data").toString(),
                "HELPDESK_JMS_PORT", String.valueOf(JMS_PORT),
                "HELPDESK_RATE_PER_IP_PER_MINUTE", "100000",
                "HELPDESK_RATE_PER_PHONE_PER_HOUR", "100000",
                "HELPDESK_ADMIN_PASSWORD", Deployments.ADMIN_PASSWORD);
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everyAcceptedRequestSurvivesKillNineInOrder() throws Exception {
        server = HelpdeskProcess.start(repoRoot, HTTP_PORT, environment, work.resolve("first-run.log"));
        Submissions submissions = new Submissions(server.api());
        submissions.awaitAccepted(KILL_AFTER_ACCEPTED);
        List<String> queueBeforeKill = ids(queue());
        server.killNine();
        List<JsonObject> accepted = submissions.finish();
        System.out.printf("CrashRecoveryIT: killed with %d requests accepted (201), %d refused or cut off; %d in the"
                + " queue just before the kill%n", accepted.size(), submissions.failed(), queueBeforeKill.size());

        server = HelpdeskProcess.start(repoRoot, HTTP_PORT, environment, work.resolve("second-run.log"));

        assertEachIsFoundWithItsStatus(accepted);
        List<JsonObject> queueAfterRestart = queue();
        assertEquals(queueBeforeKill, ids(queueAfterRestart).stream().filter(queueBeforeKill::contains).toList(),
                "the queue after the restart, restricted to what it held just before the kill");
        assertTrue(ids(queueAfterRestart).containsAll(ids(accepted)), "every accepted request is in the queue");
        assertImmediateRequestsInArrivalOrder(queueAfterRestart);
    }

    /**
     * A stream of help requests from {@value #CLIENTS} concurrent clients (every eighth one a call-back for tomorrow)
     * that goes on until the server stops answering: whenever the kill comes, requests are in flight.
     */
    private static final class Submissions {

        private final Queue<JsonObject> accepted = new ConcurrentLinkedQueue<>();
        private final AtomicInteger failed = new AtomicInteger();
        private final AtomicInteger sent = new AtomicInteger();
        private final CountDownLatch acceptedSoFar = new CountDownLatch(KILL_AFTER_ACCEPTED);
        private final ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);

        Submissions(Api api) {
            for (int i = 0; i < CLIENTS; i++) {
                clients.submit(() -> {
                    for (int n = sent.getAndIncrement(); n < MAX_SUBMISSIONS; n = sent.getAndIncrement()) {
                        if (!submit(api, n % 8 == 3 ? scheduledRequest() : immediateRequest())) {
                            return;
                        }
                    }
                });
            }
        }

        /** @return whether the server answered */
        private boolean submit(Api api, String body) {
            try {
                Api.Reply reply = api.post("api/help-requests", body);
                if (reply.status() == 201) {
                    accepted.add(reply.json());
                    acceptedSoFar.countDown();
                } else {
                    failed.incrementAndGet();
                }
                return true;
            } catch (RuntimeException connectionLost) {
                failed.incrementAndGet();
                return false;
            }
        }

        void awaitAccepted(int count) throws InterruptedException {
            assertTrue(acceptedSoFar.await(2, TimeUnit.MINUTES), count + " requests accepted before the kill");
        }

        /** @return every request the server answered {@code 201} for, once all clients are done */
        List<JsonObject> finish() throws InterruptedException {
            clients.shutdown();
            assertTrue(clients.awaitTermination(2, TimeUnit.MINUTES), "clients finished");
            return List.copyOf(accepted);
        }

        int failed() {
            return failed.get();
        }
    }

    private void assertEachIsFoundWithItsStatus(List<JsonObject> accepted) {
        for (JsonObject answer : accepted) {
            String id = answer.getString("id");
            Api.Reply found = server.api().get("api/help-requests/" + id);
            assertEquals(200, found.status(), () -> "accepted request " + id + " after the restart: " + found);
            assertEquals(answer.getString("status"), found.json().getString("status"), "status of " + id);
            assertEquals(answer.getString("phone"), found.json().getString("phone"), "phone of " + id);
        }
    }

    private static void assertImmediateRequestsInArrivalOrder(List<JsonObject> queue) {
        List<Instant> arrivals = queue.stream()
                .filter(request -> request.getString("status").equals("QUEUED"))
                .map(request -> Instant.parse(request.getString("createdAt")))
                .toList();
        assertEquals(arrivals.stream().sorted().toList(), arrivals, "immediate requests, first come first served");
    }

    private List<JsonObject> queue() {
        Api.Reply queue = server.api().asAdmin().get("api/queues/default/requests");
        assertEquals(200, queue.status(), () -> "the queue: " + queue);
        return queue.array().getValuesAs(JsonObject.class);
    }

    private static List<String> ids(List<JsonObject> requests) {
        return requests.stream().map(request -> request.getString("id")).toList();
    }

    private static String immediateRequest() {
        return "{\"phone\":\"" + Phones.unique() + "\",\"name\":\"Crash test\",\"pageUrl\":\"https://example.com/help\"}";
    }

    /** A call-back tomorrow: it stays SCHEDULED across the restart. */
    private static String scheduledRequest() {
        OffsetDateTime tomorrow = OffsetDateTime.now(ZoneOffset.ofHours(1)).plusDays(1).truncatedTo(ChronoUnit.SECONDS);
        return "{\"phone\":\"" + Phones.unique() + "\",\"preferredTime\":\"" + tomorrow + "\"}";
    }
}
