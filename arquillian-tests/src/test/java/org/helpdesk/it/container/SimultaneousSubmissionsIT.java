package org.helpdesk.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.helpdesk.it.Api;
import org.helpdesk.it.Api.Reply;
import org.helpdesk.it.Deployments;
import org.helpdesk.it.Phones;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Many customers submitting at the same moment: the server writes such submissions together (group commit), and
 * each customer must still get exactly the answer they would have got alone, one after the other.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SimultaneousSubmissionsIT {

    private static final int CUSTOMERS = 40;

    private final Api api = Api.local();

    @Deployment(testable = false)
    static WebArchive helpdesk() {
        Map<String, String> configuration = new HashMap<>(Deployments.GENEROUS_LIMITS);
        configuration.put("helpdesk.queues", "default,together,same-number,same-key");
        return Deployments.helpdesk(configuration);
    }

    @Test
    void customersSubmittingAtOnceGetDistinctPlacesInTheOrderTheyWillBeCalled() throws Exception {
        List<Reply> replies = atOnce(CUSTOMERS, i -> submit("together", Phones.unique(), Map.of()));

        replies.forEach(reply -> assertEquals(201, reply.status(), reply::toString));
        Set<Integer> positions = replies.stream().map(reply -> reply.json().getInt("position"))
                .collect(Collectors.toSet());
        assertEquals(IntStream.rangeClosed(1, CUSTOMERS).boxed().collect(Collectors.toSet()), positions,
                "every place in line given once");
        List<String> callOrder = api.asAdmin().get("api/queues/together/requests").array().getValuesAs(JsonObject.class)
                .stream().map(request -> request.getString("id")).toList();
        for (Reply reply : replies) {
            assertEquals(callOrder.indexOf(reply.json().getString("id")) + 1, reply.json().getInt("position"),
                    "the place a customer was told is the place they will be called in");
        }
        JsonObject together = api.asAdmin().get("api/queues").array().getValuesAs(JsonObject.class).stream()
                .filter(queue -> queue.getString("name").equals("together")).findFirst().orElseThrow();
        assertEquals(CUSTOMERS, together.getInt("waiting"));
    }

    @Test
    void sameNumberSubmittedAtOnceIsQueuedOnce() throws Exception {
        String phone = Phones.unique();
        List<Reply> replies = atOnce(20, i -> submit("same-number", phone, Map.of()));

        assertEquals(1, replies.stream().filter(reply -> reply.status() == 201).count(), replies::toString);
        assertEquals(19, replies.stream().filter(reply -> reply.status() == 200
                && reply.json().getBoolean("duplicate")).count(), replies::toString);
        assertEquals(1, replies.stream().map(reply -> reply.json().getString("id")).distinct().count(),
                "everyone is told about the same request");
        assertEquals(1, api.asAdmin().get("api/queues/same-number/requests").array().size());
    }

    @Test
    void retriesWithOneIdempotencyKeyAtOnceCreateOneRequest() throws Exception {
        String phone = Phones.unique();
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        List<Reply> replies = atOnce(10, i -> submit("same-key", phone, key));

        replies.forEach(reply -> assertEquals(201, reply.status(), reply::toString));
        assertEquals(1, replies.stream().map(reply -> reply.json().getString("id")).distinct().count());
        assertEquals(1, api.asAdmin().get("api/queues/same-key/requests").array().size());
    }

    private Reply submit(String queue, String phone, Map<String, String> headers) {
        Map<String, String> all = new HashMap<>(headers);
        all.put("Content-Type", "application/json");
        return api.post("api/help-requests", "{\"phone\": \"" + phone + "\", \"queue\": \"" + queue + "\"}", all);
    }

    /** Sends the submissions from as many threads, released together. */
    private static List<Reply> atOnce(int count, IntFunction<Reply> submission) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                replies.add(clients.submit(() -> {
                    start.await();
                    return submission.apply(n);
                }));
            }
            start.countDown();
            List<Reply> done = new ArrayList<>();
            for (Future<Reply> reply : replies) {
                done.add(reply.get());
            }
            return done;
        } finally {
            clients.shutdownNow();
        }
    }
}
