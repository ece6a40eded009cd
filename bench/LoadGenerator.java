import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * A small HTTP/1.1 load generator for the Helpdesk benchmark (run with {@code java bench/LoadGenerator.java ...}).
 * Each client thread keeps one connection alive and sends a JSON POST with a distinct, valid US phone number, so
 * that every request is a new help request (not a duplicate). Two modes:
 * <ul>
 * <li>{@code max}: closed loop, every client sends its next request as soon as the answer arrives: throughput.</li>
 * <li>{@code rate}: open loop at a fixed rate; latency counts from the moment a request was due, so a stalled server
 * is not hidden by clients that stop sending (no coordinated omission).</li>
 * </ul>
 * Every connection is opened before the clock starts; {@code --warmup S} then runs S seconds of the same load whose
 * answers are not counted (a fresh load-generator JVM is slow for its first second, and so are new server threads).
 * Prints one line: {@code mode path conns seconds sent ok_per_s p50_ms p90_ms p99_ms max_ms statuses errors unsent}
 * (errors: connections lost; unsent: in rate mode, requests the server fell more than 10 s behind on). Latencies
 * of 2xx answers only, capped at 10 s. {@code --timeline true} adds, on standard error, the slowest answer of each
 * second, to match stalls with the server's logs.
 * A deliberately bare socket client: java.net.http costs more CPU than the server's share on a 2-core machine.
 */
public final class LoadGenerator {

    /** Exchanges 200-999 of area code 650 (without 555 and N11): 7.9 million distinct numbers. */
    private static final AtomicLong NEXT_NUMBER = new AtomicLong();

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String mode = options.getOrDefault("mode", "max");
        String host = options.getOrDefault("host", "127.0.0.1");
        int port = Integer.parseInt(options.getOrDefault("port", "38080"));
        String path = options.getOrDefault("path", "/api/help-requests");
        int connections = Integer.parseInt(options.getOrDefault("connections", "32"));
        double seconds = Double.parseDouble(options.getOrDefault("seconds", "20"));
        double rate = Double.parseDouble(options.getOrDefault("rate", "500"));
        double warmup = Double.parseDouble(options.getOrDefault("warmup", "0"));
        NEXT_NUMBER.set(Long.parseLong(options.getOrDefault("first-number", "0")));

        Run run = new Run(mode.equals("rate") ? rate : 0, (long) (warmup * 1e9), (long) (seconds * 1e9));
        CountDownLatch connected = new CountDownLatch(connections);
        CountDownLatch go = new CountDownLatch(1);
        Thread[] clients = new Thread[connections];
        for (int i = 0; i < connections; i++) {
            clients[i] = new Thread(() -> run.client(host, port, path, connected, go), "client-" + i);
            clients[i].start();
        }
        // The clock starts once every connection is open: connecting is not part of any answer's latency.
        connected.await();
        run.begin();
        go.countDown();
        for (Thread client : clients) {
            client.join();
        }
        System.out.println(run.summary(mode, path, connections, seconds));
        if (Boolean.parseBoolean(options.getOrDefault("timeline", "false"))) {
            System.err.print(run.timeline());
        }
    }

    static String phone() {
        while (true) {
            long n = NEXT_NUMBER.getAndIncrement() % (800L * 10_000);
            long exchange = 200 + n / 10_000;
            if (exchange != 555 && exchange % 100 != 11) {
                return String.format(Locale.ROOT, "+1650%03d%04d", exchange, n % 10_000);
            }
        }
    }

    static final class Run {
        /** In rate mode, requests still unsent this long after the end are counted as unsent, not sent. */
        private static final long GRACE_NANOS = 10_000_000_000L;

        private final long intervalNanos;
        private final long warmupNanos;
        private final long durationNanos;
        /** Set by {@link #begin()} before the clients are released (the latch orders the writes before their reads). */
        private long start;
        private long measureFrom;
        private long end;
        private final AtomicLong nextSlot = new AtomicLong();
        private final LongAdder sent = new LongAdder();
        private final LongAdder ok = new LongAdder();
        private final LongAdder errors = new LongAdder();
        private final LongAdder unsent = new LongAdder();
        private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        private final Histogram latencies = new Histogram();
        /** Per second of the run (by due time): the slowest answer and how many took over 50 ms, for --timeline. */
        private final Map<Long, LongAccumulator> slowestPerSecond =
                new ConcurrentHashMap<>();
        private final Map<Long, LongAdder> over50PerSecond = new ConcurrentHashMap<>();

        Run(double rate, long warmupNanos, long durationNanos) {
            this.intervalNanos = rate > 0 ? (long) (1e9 / rate) : 0;
            this.warmupNanos = warmupNanos;
            this.durationNanos = durationNanos;
        }

        /** Starts the clock: the warm-up (same load, answers not counted), then the measured part. */
        void begin() {
            start = System.nanoTime();
            measureFrom = start + warmupNanos;
            end = measureFrom + durationNanos;
        }

        void client(String host, int port, String path, CountDownLatch connected, CountDownLatch go) {
            Connection connection = null;
            try {
                connection = new Connection(host, port);
            } catch (IOException e) {
                errors.increment();
            }
            connected.countDown();
            try {
                go.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            while (true) {
                long due;
                if (intervalNanos > 0) {
                    due = start + nextSlot.getAndIncrement() * intervalNanos;
                    if (due >= end) {
                        break;
                    }
                    if (System.nanoTime() > end + GRACE_NANOS) {
                        unsent.increment();  // the server fell so far behind that this request was never sent
                        continue;
                    }
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                } else {
                    due = System.nanoTime();
                    if (due >= end) {
                        break;
                    }
                }
                try {
                    if (connection == null) {
                        connection = new Connection(host, port);
                    }
                    int status = connection.post(path, "{\"phone\":\"" + phone()
                            + "\",\"name\":\"Bench\",\"pageUrl\":\"https://example.com/pricing\",\"pageTitle\":\"Pricing\"}");
                    long latency = System.nanoTime() - due;
                    if (connection.closedByServer) {
                        connection.close();
                        connection = null;
                    }
                    if (due < measureFrom) {
                        continue;  // warm-up
                    }
                    sent.increment();
                    statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
                    if (status >= 200 && status < 300) {
                        ok.increment();
                        latencies.record(latency);
                        long second = (due - measureFrom) / 1_000_000_000L;
                        slowestPerSecond.computeIfAbsent(second,
                                k -> new LongAccumulator(Math::max, 0)).accumulate(latency);
                        if (latency > 50_000_000L) {
                            over50PerSecond.computeIfAbsent(second, k -> new LongAdder()).increment();
                        }
                    }
                } catch (IOException e) {
                    errors.increment();
                    if (connection != null) {
                        connection.close();
                    }
                    connection = null;
                }
            }
            if (connection != null) {
                connection.close();
            }
        }

        /** One line per second of the run: when the slow answers were due (to match with server logs). */
        String timeline() {
            StringBuilder lines = new StringBuilder();
            new TreeMap<>(slowestPerSecond).forEach((second, slowest) -> lines.append(String.format(Locale.ROOT,
                    "second %d: slowest %.1f ms, %d over 50 ms%n", second, slowest.get() / 1e6,
                    over50PerSecond.getOrDefault(second, new LongAdder()).sum())));
            return lines.toString();
        }

        String summary(String mode, String path, int connections, double seconds) {
            double elapsed = Math.max(seconds, (System.nanoTime() - measureFrom) / 1e9);
            return String.format(Locale.ROOT,
                    "mode=%s path=%s conns=%d seconds=%.1f sent=%d ok_per_s=%.0f p50_ms=%.1f p90_ms=%.1f"
                            + " p99_ms=%.1f max_ms=%.1f statuses=%s errors=%d unsent=%d",
                    mode, path, connections, elapsed, sent.sum(), ok.sum() / elapsed, latencies.percentile(50),
                    latencies.percentile(90), latencies.percentile(99), latencies.percentile(100),
                    new TreeMap<>(statuses), errors.sum(), unsent.sum());
        }
    }

    /** Latencies in 10-microsecond buckets up to 10 s. */
    static final class Histogram {
        private static final int BUCKETS = 1_000_000;
        private final LongAdder[] counts = new LongAdder[BUCKETS];

        Histogram() {
            Arrays.setAll(counts, i -> new LongAdder());
        }

        void record(long nanos) {
            counts[(int) Math.min(BUCKETS - 1, nanos / 10_000)].increment();
        }

        double percentile(double p) {
            long total = Arrays.stream(counts).mapToLong(LongAdder::sum).sum();
            if (total == 0) {
                return Double.NaN;
            }
            long rank = Math.max(1, (long) Math.ceil(total * p / 100));
            long seen = 0;
            for (int i = 0; i < BUCKETS; i++) {
                seen += counts[i].sum();
                if (seen >= rank) {
                    return (i + 1) / 100.0;
                }
            }
            return BUCKETS / 100.0;
        }
    }

    /** One keep-alive HTTP/1.1 connection: writes a POST, reads the status and skips the body. */
    static final class Connection {
        private final Socket socket = new Socket();
        private final OutputStream out;
        private final InputStream in;
        private final String hostHeader;
        /** The last answer said {@code Connection: close}: open a new connection for the next request. */
        boolean closedByServer;

        Connection(String host, int port) throws IOException {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), 5_000);
            socket.setSoTimeout(30_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            hostHeader = host + ":" + port;
        }

        int post(String path, String json) throws IOException {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            String head = "POST " + path + " HTTP/1.1\r\nHost: " + hostHeader
                    + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: "
                    + body.length + "\r\n\r\n";
            byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
            byte[] request = Arrays.copyOf(headBytes, headBytes.length + body.length);
            System.arraycopy(body, 0, request, headBytes.length, body.length);
            out.write(request);
            out.flush();

            String statusLine = line();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    close = true;
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
                        size = Long.parseLong(line().split(";")[0].trim(), 16)) {
                    skip(size);
                    line();
                }
                line();
            } else if (length > 0) {
                skip(length);
            }
            closedByServer = close;
            return status;
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("connection closed");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        private void skip(long bytes) throws IOException {
            for (long left = bytes; left > 0; ) {
                long skipped = in.skip(left);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new IOException("connection closed");
                    }
                    skipped = 1;
                }
                left -= skipped;
            }
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a broken connection
            }
        }
    }
}
