package org.helpdesk.cti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CallEventSequenceTest {

    @Test
    void eachCallsEventsAreDeliveredOneAtATimeInTheOrderSubmittedWhileCallsRunSideBySide() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CallEventSequence sequence = new CallEventSequence(pool);
            Map<String, List<Integer>> delivered = new ConcurrentHashMap<>();
            Map<String, AtomicInteger> running = new ConcurrentHashMap<>();
            AtomicInteger overlaps = new AtomicInteger();
            int calls = 20;
            int events = 200;
            CountDownLatch done = new CountDownLatch(calls * events);
            // submitted from several threads, like a JTAPI implementation calling back on its own threads
            ExecutorService telephonyThreads = Executors.newFixedThreadPool(calls);
            for (int c = 0; c < calls; c++) {
                String call = "call-" + c;
                delivered.put(call, Collections.synchronizedList(new ArrayList<>()));
                running.put(call, new AtomicInteger());
                telephonyThreads.execute(() -> {
                    for (int e = 0; e < events; e++) {
                        int event = e;
                        sequence.submit(call, () -> {
                            if (running.get(call).incrementAndGet() > 1) {
                                overlaps.incrementAndGet();
                            }
                            delivered.get(call).add(event);
                            running.get(call).decrementAndGet();
                            done.countDown();
                        });
                    }
                });
            }
            assertTrue(done.await(20, TimeUnit.SECONDS), "every event delivered");
            telephonyThreads.shutdown();
            assertEquals(0, overlaps.get(), "never two events of one call at once");
            List<Integer> inOrder = IntStream.range(0, events).boxed().toList();
            delivered.forEach((call, seen) -> assertEquals(inOrder, seen, call));
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void failingDeliveryDoesNotStopTheCallsLaterEvents() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            CallEventSequence sequence = new CallEventSequence(pool);
            CountDownLatch later = new CountDownLatch(1);
            sequence.submit("call", () -> {
                throw new IllegalStateException("database down");
            });
            sequence.submit("call", later::countDown);
            assertTrue(later.await(5, TimeUnit.SECONDS));
        } finally {
            pool.shutdown();
        }
    }
}
