import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dialer benchmarks' client (run by {@code bench/dialer}): it plays the administrator, the agents and the
 * customers of a running Helpdesk through its REST API; sipp plays the phones. Three commands:
 * <ul>
 * <li>{@code ring}: one READY agent; requests one at a time, each with a fresh number, the next once the call before
 * has ended. Writes one line per request (when the POST was sent, when its 201 arrived, the call record's times).</li>
 * <li>{@code ring-report}: matches those lines, in order, with the initial INVITEs in the agent phone's sipp message
 * log and prints click-to-ring percentiles (INVITE received minus 201 received, and minus POST sent).</li>
 * <li>{@code throughput}: queues the requests while the agents are logged out, then makes every agent READY at once
 * and waits until the queue is empty and the agents are READY again; prints calls placed per second and failed
 * calls from the call records.</li>
 * </ul>
 * Prints one summary line of {@code name=value} pairs on standard output. Times are this machine's clock: the client,
 * the server and sipp run on the same host.
 */
public final class DialerBench {

    private static final String PASSWORD = "bench-agent-password";
    private static final Pattern INITIAL_INVITE_TO = Pattern.compile("(?m)^To:[^\\r\\n]*$");
    private static final DateTimeFormatter SIPP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String admin;

    private DialerBench(int port, String adminPassword) {
        this.base = "http://127.0.0.1:" + port;
        this.admin = basic("admin", adminPassword);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new TreeMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String command = args.length == 0 ? "" : args[0];
        if (command.equals("ring-report")) {
            ringReport(Path.of(options.get("sends")), Path.of(options.get("invites")),
                    Integer.parseInt(options.getOrDefault("warmup", "0")));
            return;
        }
        DialerBench bench = new DialerBench(Integer.parseInt(options.getOrDefault("port", "38080")),
                options.get("admin-password"));
        long firstNumber = Long.parseLong(options.getOrDefault("first-number", "0"));
        switch (command) {
            case "ring" -> bench.ring(options.get("queue"), options.get("agent"),
                    Integer.parseInt(options.get("warmup")) + Integer.parseInt(options.get("requests")), firstNumber,
                    Path.of(options.get("sends")));
            case "throughput" -> bench.throughput(options.get("queue"), options.get("agents").split(","),
                    Integer.parseInt(options.get("requests")), Integer.parseInt(options.getOrDefault("warmup", "0")),
                    firstNumber,
                    Integer.parseInt(options.getOrDefault("timeout", "300")), Path.of(options.get("calls")),
                    Path.of(options.get("ready-marker")));
            default -> throw new IllegalArgumentException("command: ring, ring-report or throughput");
        }
    }

    // ---- click-to-ring ----

    private void ring(String queue, String agent, int requests, long firstNumber, Path sends) throws Exception {
        createQueue(queue);
        hire(agent, queue);
        setState(agent, "READY");
        List<String> lines = new ArrayList<>();
        lines.add("request\tsent_epoch_us\taccepted_epoch_us\tstarted_at\tagent_alerted_at\tend_cause");
        for (int i = 0; i < requests; i++) {
            String body = "{\"phone\":\"" + phone(firstNumber + i) + "\",\"queue\":\"" + queue + "\"}";
            Instant sent = Instant.now();
            HttpResponse<String> created = send(post("/api/help-requests", body, null));
            Instant accepted = Instant.now();
            expect(created, 201);
            String id = field(created.body(), "id");
            awaitClosed(id);
            String call = send(get("/api/supervision/requests/" + id + "/calls", admin)).body();
            lines.add(String.join("\t", id, micros(sent), micros(accepted), field(call, "startedAt"),
                    field(call, "agentAlertedAt"), field(call, "endCause")));
        }
        Files.write(sends, lines);
        System.err.println("ring: " + requests + " requests called one at a time; times in " + sends);
    }

    private void awaitClosed(String id) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            String status = field(send(get("/api/help-requests/" + id, null)).body(), "status");
            if (!status.equals("QUEUED") && !status.equals("DIALING") && !status.equals("CONNECTED")) {
                return;
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("request " + id + " still open after 30 s");
    }

    private static void ringReport(Path sends, Path invites, int warmup) throws IOException {
        List<String> rows = Files.readAllLines(sends);
        rows = rows.subList(1, rows.size());
        List<Instant> received = initialInvites(invites);
        if (received.size() != rows.size()) {
            throw new IllegalStateException(rows.size() + " requests but " + received.size()
                    + " initial INVITEs at the agent's phone in " + invites);
        }
        List<Double> fromAccepted = new ArrayList<>();
        List<Double> fromSent = new ArrayList<>();
        List<Double> serverStart = new ArrayList<>();
        List<Double> serverAlert = new ArrayList<>();
        int notHungUp = 0;
        int notAlerted = 0;
        for (int i = warmup; i < rows.size(); i++) {
            String[] row = rows.get(i).split("\t");
            double invite = epochMicros(received.get(i));
            fromSent.add((invite - Long.parseLong(row[1])) / 1000.0);
            fromAccepted.add((invite - Long.parseLong(row[2])) / 1000.0);
            serverStart.add((epochMicros(Instant.parse(row[3])) - Long.parseLong(row[2])) / 1000.0);
            if (row[4].isEmpty()) {
                notAlerted++; // the call record has no agentAlertedAt (the screen-pop's moment)
            } else {
                serverAlert.add((epochMicros(Instant.parse(row[4])) - epochMicros(Instant.parse(row[3]))) / 1000.0);
            }
            notHungUp += row[5].equals("HUNG_UP") ? 0 : 1;
        }
        System.out.println("requests=" + fromAccepted.size() + " warmup=" + warmup + " " + stats("ring", fromAccepted)
                + " " + stats("ring_from_post", fromSent) + " " + stats("started_from_201", serverStart) + " "
                + stats("alerted_after_start", serverAlert) + " calls_not_hung_up=" + notHungUp
                + " calls_without_agent_alerted=" + notAlerted);
    }

    /** When sipp received each INVITE without a To tag (a new call, not a re-INVITE), in order. */
    private static List<Instant> initialInvites(Path log) throws IOException {
        List<Instant> times = new ArrayList<>();
        String[] messages = Files.readString(log, StandardCharsets.ISO_8859_1).split("(?m)^-{20,} ");
        for (String message : messages) {
            int newline = message.indexOf('\n');
            if (newline < 0 || !message.contains("message received")) {
                continue;
            }
            String sip = message.substring(message.indexOf("bytes :") + 7).stripLeading();
            Matcher to = INITIAL_INVITE_TO.matcher(sip);
            if (sip.startsWith("INVITE ") && to.find() && !to.group().contains("tag=")) {
                LocalDateTime at = LocalDateTime.parse(message.substring(0, newline).strip(), SIPP_TIME);
                times.add(at.atZone(ZoneId.systemDefault()).toInstant());
            }
        }
        return times;
    }

    // ---- throughput ----

    private void throughput(String queue, String[] agents, int requests, int warmup, long firstNumber,
            int timeoutSeconds, Path callsOut, Path readyMarker) throws Exception {
        createQueue(queue);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            forEachAgent(clients, agents, agent -> hire(agent, queue));
            AtomicLong next = new AtomicLong(firstNumber);
            if (warmup > 0) {
                // a round of calls the report leaves out, so that it measures a warm server, not the JIT
                queueRequests(clients, queue, warmup, next);
                forEachAgent(clients, agents, agent -> setState(agent, "READY"));
                awaitDrained(queue, agents.length, timeoutSeconds);
                forEachAgent(clients, agents, agent -> setState(agent, "WRAP_UP"));
                System.err.println("throughput: " + warmup + " warm-up calls done");
            }
            List<String> ids = queueRequests(clients, queue, requests, next);
            System.err.println("throughput: " + requests + " requests queued for " + agents.length + " agents");

            Files.writeString(readyMarker, "agents going READY\n"); // the script's thread dumps start now
            Instant ready = Instant.now();
            forEachAgent(clients, agents, agent -> setState(agent, "READY"));
            boolean finished = awaitDrained(queue, agents.length, timeoutSeconds);
            Instant end = Instant.now();

            List<java.util.concurrent.Callable<String>> lookups = ids.stream()
                    .map(id -> (java.util.concurrent.Callable<String>) () ->
                            send(get("/api/supervision/requests/" + id + "/calls", admin)).body())
                    .toList();
            List<String> calls = new ArrayList<>();
            for (Future<String> call : clients.invokeAll(lookups)) {
                calls.add(call.get());
            }
            report(ready, end, finished, requests, agents.length, calls, callsOut);
        } finally {
            clients.shutdownNow();
        }
    }

    private List<String> queueRequests(ExecutorService clients, String queue, int count, AtomicLong next)
            throws Exception {
        List<java.util.concurrent.Callable<String>> submissions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            submissions.add(() -> {
                HttpResponse<String> created = send(post("/api/help-requests", "{\"phone\":\""
                        + phone(next.getAndIncrement()) + "\",\"queue\":\"" + queue + "\"}", null));
                expect(created, 201);
                return field(created.body(), "id");
            });
        }
        List<String> ids = new ArrayList<>();
        for (Future<String> id : clients.invokeAll(submissions)) {
            ids.add(id.get());
        }
        return ids;
    }

    private interface AgentAction {
        void apply(String agent) throws Exception;
    }

    private static void forEachAgent(ExecutorService clients, String[] agents, AgentAction action) throws Exception {
        for (Future<?> done : clients.invokeAll(List.of(agents).stream()
                .map(agent -> (java.util.concurrent.Callable<Void>) () -> {
                    action.apply(agent);
                    return null;
                }).toList())) {
            done.get();
        }
    }

    /** Until nothing is waiting and no call is in flight (every agent READY), or the timeout. */
    private boolean awaitDrained(String queue, int agents, int timeoutSeconds) throws Exception {
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            Thread.sleep(250);
            String load = send(get("/api/queues/" + queue, admin)).body();
            if (numberField(load, "waiting") == 0 && numberField(load, "agentsReady") == agents) {
                return true;
            }
        }
        return false;
    }

    private static void report(Instant ready, Instant end, boolean finished, int requests, int agents,
            List<String> callsPerRequest, Path callsOut) throws IOException {
        Pattern call = Pattern.compile("\\{[^{}]*\\}");
        List<Instant> starts = new ArrayList<>();
        List<Instant> ends = new ArrayList<>();
        Map<String, Integer> causes = new TreeMap<>();
        Map<String, List<Instant[]>> byAgent = new TreeMap<>();
        List<String> table = new ArrayList<>();
        table.add("agent\tstarted_at\tagent_alerted_at\tagent_connected_at\tcustomer_alerted_at"
                + "\tcustomer_connected_at\tended_at\tend_cause");
        int notCalled = 0;
        for (String calls : callsPerRequest) {
            Matcher matcher = call.matcher(calls);
            boolean any = false;
            while (matcher.find()) {
                any = true;
                String one = matcher.group();
                starts.add(Instant.parse(field(one, "startedAt")));
                String endedAt = field(one, "endedAt");
                if (!endedAt.isEmpty()) {
                    ends.add(Instant.parse(endedAt));
                }
                table.add(String.join("\t", field(one, "agent"), field(one, "startedAt"),
                        field(one, "agentAlertedAt"), field(one, "agentConnectedAt"), field(one, "customerAlertedAt"),
                        field(one, "customerConnectedAt"), endedAt, field(one, "endCause")));
                if (!endedAt.isEmpty()) {
                    byAgent.computeIfAbsent(field(one, "agent"), agent -> new ArrayList<>())
                            .add(new Instant[] {Instant.parse(field(one, "startedAt")), Instant.parse(endedAt)});
                }
                causes.merge(field(one, "endCause").isEmpty() ? "IN_FLIGHT" : field(one, "endCause"), 1,
                        Integer::sum);
            }
            notCalled += any ? 0 : 1;
        }
        Files.write(callsOut, table);
        // where an agent's time goes: on a call (start to end), and idle between the end of one call and the next
        List<Double> onCall = new ArrayList<>();
        List<Double> idle = new ArrayList<>();
        for (List<Instant[]> calls : byAgent.values()) {
            calls.sort((a, b) -> a[0].compareTo(b[0]));
            for (int i = 0; i < calls.size(); i++) {
                onCall.add(seconds(calls.get(i)[0], calls.get(i)[1]) * 1000);
                if (i > 0) {
                    idle.add(seconds(calls.get(i - 1)[1], calls.get(i)[0]) * 1000);
                }
            }
        }
        starts.sort(null);
        ends.sort(null);
        int failed = starts.size() - causes.getOrDefault("HUNG_UP", 0);
        double placingSeconds = seconds(ready, starts.get(starts.size() - 1));
        double allSeconds = seconds(ready, ends.isEmpty() ? end : ends.get(ends.size() - 1));
        // calls placed in each second after the agents went READY, to see a steady rate and stalls
        int[] perSecond = new int[(int) Math.ceil(placingSeconds) + 1];
        for (Instant start : starts) {
            perSecond[(int) seconds(ready, start)]++;
        }
        System.out.println(String.format(Locale.ROOT, "requests=%d agents=%d drained=%s calls=%d"
                        + " placed_per_s=%.1f completed_per_s=%.1f placing_s=%.2f all_ended_s=%.2f failed=%d"
                        + " not_called=%d causes=%s %s %s per_second=%s", requests, agents, finished, starts.size(),
                starts.size() / placingSeconds, causes.getOrDefault("HUNG_UP", 0) / allSeconds, placingSeconds,
                allSeconds, failed, notCalled, causes.toString().replace(" ", ""), stats("call", onCall),
                idle.isEmpty() ? "" : stats("idle", idle),
                java.util.Arrays.toString(perSecond).replace(" ", "")));
    }

    // ---- the REST API ----

    private void createQueue(String queue) throws Exception {
        expect(send(post("/api/queues/" + queue, "{\"wrapUpSeconds\":0,\"dialMode\":\"AGENT_FIRST\"}", admin)), 201);
    }

    private void hire(String agent, String queue) throws Exception {
        expect(send(post("/api/agents", "{\"login\":\"" + agent + "\",\"name\":\"Bench " + agent
                + "\",\"password\":\"" + PASSWORD + "\",\"extension\":\"" + agent + "\",\"queues\":[\"" + queue
                + "\"]}", admin)), 201);
    }

    private void setState(String agent, String state) throws Exception {
        HttpRequest put = HttpRequest.newBuilder(URI.create(base + "/api/agents/me/state"))
                .header("Content-Type", "application/json").header("Authorization", basic(agent, PASSWORD))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"state\":\"" + state + "\"}")).build();
        expect(send(put), 200);
    }

    private HttpRequest post(String path, String json, String authorization) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        return (authorization == null ? builder : builder.header("Authorization", authorization)).build();
    }

    private HttpRequest get(String path, String authorization) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).GET();
        return (authorization == null ? builder : builder.header("Authorization", authorization)).build();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri() + ": "
                    + response.statusCode() + " " + response.body());
        }
    }

    // ---- small helpers ----

    /** Distinct valid US numbers: exchanges 200-999 of area code 650 without 555 and N11 (as LoadGenerator). */
    private static String phone(long index) {
        long n = index;
        while (true) {
            long wrapped = n % (800L * 10_000);
            long exchange = 200 + wrapped / 10_000;
            if (exchange != 555 && exchange % 100 != 11) {
                return String.format(Locale.ROOT, "+1650%03d%04d", exchange, wrapped % 10_000);
            }
            n += 10_000;
        }
    }

    /** A string (or number) field of a flat JSON object, "" when absent or null. */
    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(\"([^\"]*)\"|[-0-9.]+)")
                .matcher(json);
        if (!matcher.find()) {
            return "";
        }
        return matcher.group(2) != null ? matcher.group(2) : matcher.group(1);
    }

    private static long numberField(String json, String name) {
        String value = field(json, name);
        if (value.isEmpty()) {
            throw new IllegalStateException("no field " + name + " in " + json);
        }
        return Long.parseLong(value);
    }

    private static String basic(String login, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String micros(Instant at) {
        return Long.toString(epochMicros(at));
    }

    private static long epochMicros(Instant at) {
        return at.getEpochSecond() * 1_000_000L + at.getNano() / 1000;
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e9;
    }

    private static String stats(String name, List<Double> millis) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format(Locale.ROOT, "%s_p50_ms=%.1f %s_p99_ms=%.1f %s_max_ms=%.1f", name,
                percentile(sorted, 50), name, percentile(sorted, 99), name, sorted[sorted.length - 1]);
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p / 100.0) - 1)];
    }
}
