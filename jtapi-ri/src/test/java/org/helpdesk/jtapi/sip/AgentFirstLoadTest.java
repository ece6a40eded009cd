package org.helpdesk.jtapi.sip;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.telephony.CallEvent;
import javax.telephony.ConnectionEvent;
import javax.telephony.JtapiPeerFactory;
import javax.telephony.callcenter.CallCenterCall;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Load run, not part of the normal test run: complete agent-first calls per second against sipp phones, with setup
 * latency percentiles and heap before and after. Run with
 * {@code mvn -f jtapi-ri/pom.xml test -Dgroups=bench -Dsurefire.excludedGroups=none -Dbench.rate=50 -Dbench.seconds=20};
 * results go to {@code target/bench/agent-first.txt}.
 */
@Tag("bench")
class AgentFirstLoadTest {
    @Test
    void agentFirstCallsAtASteadyRateAllCompleteWithoutLeaks() throws Exception {
        Sipp.requireInstalled();
        int rate = Integer.getInteger("bench.rate", 50);
        int seconds = Integer.getInteger("bench.seconds", 20);
        int total = rate * seconds;
        TestPorts ports = new TestPorts();
        SipProviderImpl provider = (SipProviderImpl) JtapiPeerFactory.getJtapiPeer(null).getProvider(
                "SIP;listen=127.0.0.1:" + ports.provider + ";trunk=sip:127.0.0.1:" + ports.customer
                        + ";terminal.agent1=sip:agent1@127.0.0.1:" + ports.agent + ";ringTimeout=10;setupTimeout=5");
        AtomicInteger completed = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<Long> setupMillis = new CopyOnWriteArrayList<>();
        ConcurrentHashMap<Object, Long> started = new ConcurrentHashMap<>();
        CallRecorder listener = new CallRecorder() {
            @Override
            void record(CallEvent event) {
                if (event.getID() == ConnectionEvent.CONNECTION_CONNECTED
                        && ((ConnectionEvent) event).getConnection().getAddress().getName().equals("5550123")) {
                    setupMillis.add((System.nanoTime() - started.get(event.getCall())) / 1_000_000);
                } else if (event.getID() == ConnectionEvent.CONNECTION_FAILED) {
                    failed.incrementAndGet();
                } else if (event.getID() == CallEvent.CALL_EVENT_TRANSMISSION_ENDED) {
                    started.remove(event.getCall());
                    completed.incrementAndGet();
                }
            }
        };
        long heapBefore = usedHeap();
        ScheduledExecutorService dialler = Executors.newSingleThreadScheduledExecutor();
        long begin = System.nanoTime();
        try (Sipp agent = Sipp.busyPhone("load-agent.xml", total, ports.agent, ports.agentControl, ports.agentMedia,
                ports.provider);
             Sipp customer = Sipp.busyPhone("load-customer.xml", total, ports.customer, ports.customerControl,
                     ports.customerMedia, ports.provider)) {
            AtomicInteger placed = new AtomicInteger();
            dialler.scheduleAtFixedRate(() -> {
                if (placed.incrementAndGet() > total) {
                    return;
                }
                try {
                    CallCenterCall call = (CallCenterCall) provider.createCall();
                    call.addCallListener(listener);
                    started.put(call, System.nanoTime());
                    call.connect(provider.getTerminal("agent1"), provider.getAddress("agent1"), "5550123");
                } catch (Exception e) {
                    failed.incrementAndGet();
                }
            }, 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
            await().atMost(Duration.ofSeconds(seconds + 60L)).until(() -> completed.get() + failed.get() >= total);
            double elapsed = (System.nanoTime() - begin) / 1e9;
            dialler.shutdownNow();
            Leaks.assertNone(provider);
            long heapAfter = usedHeap();
            int settle = Integer.getInteger("bench.settle", 0);
            if (settle > 0) {
                // the SIP stack keeps finished transactions for the RFC 3261 timers (up to 32 s): let them expire
                await().pollDelay(Duration.ofSeconds(settle)).atMost(Duration.ofSeconds(settle + 1L)).until(() -> true);
            }
            long heapSettled = usedHeap();
            int transactionsLeft = provider.openTransactions();
            long[] sorted = setupMillis.stream().mapToLong(Long::longValue).sorted().toArray();
            String report = String.format("agent-first calls: %d placed at %d/s for %d s, %d completed, %d failed,"
                    + " %.1f completed calls/s over %.1f s%nsetup latency (connect() to customer CONNECTED, includes"
                    + " the phones' 2 x 50 ms answer delay): p50 %d ms, p99 %d ms, max %d ms%n"
                    + "heap used after GC: before %d KiB, right after %d KiB, %d s later %d KiB%n"
                    + "SIP transactions left %d s after the last call: %d%n", total, rate, seconds, completed.get(),
                    failed.get(), completed.get() / elapsed, elapsed, percentile(sorted, 50), percentile(sorted, 99),
                    sorted.length == 0 ? 0 : sorted[sorted.length - 1], heapBefore / 1024, heapAfter / 1024, settle,
                    heapSettled / 1024, settle, transactionsLeft);
            Files.createDirectories(Path.of("target/bench"));
            Files.writeString(Path.of("target/bench/agent-first.txt"), report);
            System.out.print(report);
            assertEquals(0, failed.get(), report);
            if (settle >= 33) {
                assertEquals(0, transactionsLeft, report);
            }
            assertEquals(total, completed.get(), report);
            assertEquals(0, customer.awaitExit(Duration.ofSeconds(30)), customer.describe());
            assertEquals(0, agent.awaitExit(Duration.ofSeconds(30)), agent.describe());
        } finally {
            dialler.shutdownNow();
            provider.shutdown();
        }
    }

    private static long percentile(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, sorted.length * p / 100)];
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
