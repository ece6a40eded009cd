package org.helpdesk.it.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code bin/helpdesk run} as an operator meets it: a start that cannot succeed ends at once with one line saying
 * why; a clean start is quiet, answers 503 until it is ready, and opens nothing beyond loopback but its HTTP port.
 */
class StartUpIT {

    private static final int HTTP_PORT = Integer.getInteger("helpdesk.it.launcher.httpPort", 18480);
    private static final int JMS_PORT = Integer.getInteger("helpdesk.it.launcher.jmsPort", 61622);
    /** A refused start needs no Payara boot: the JVM's start and the port check. */
    private static final Duration REFUSAL = Duration.ofSeconds(90);
    /** A failed deployment ends after Payara booted and tried. */
    private static final Duration FAILED_START = Duration.ofMinutes(4);

    /** A fresh directory per start, under target/launcher, kept for reading after the run. */
    private static Path work(String start) throws IOException {
        Path base = Path.of(System.getProperty("helpdesk.it.launcher.workDir", "target/launcher"));
        return HelpdeskProcess.freshWorkDirectory("helpdesk.it.launcher." + start, base.resolve(start).toString());
    }

    private static Map<String, String> environment(Path work) {
        return Map.of("HELPDESK_DATA_DIR", work.resolve("data").toString(),
                "HELPDESK_JMS_PORT", String.valueOf(JMS_PORT));
    }

    @Test
    void aTakenHttpPortEndsTheStartWithOneLineNamingThePort() throws IOException {
        Path work = work("http-port-taken");
        try (ServerSocket taken = new ServerSocket(HTTP_PORT);
                HelpdeskProcess server = HelpdeskProcess.launch(HelpdeskProcess.repoRoot(), HTTP_PORT,
                        environment(work), work.resolve("http-port-taken.log"))) {
            assertNotEquals(0, server.awaitExit(REFUSAL));
            List<String> output = server.output();
            assertEquals(1, output.size(), () -> "one line, not " + output);
            assertTrue(output.get(0).contains("HTTP port " + HTTP_PORT), output.get(0));
        }
    }

    @Test
    void aTakenJmsPortEndsTheStartWithOneLineNamingThePort() throws IOException {
        Path work = work("jms-port-taken");
        try (ServerSocket taken = new ServerSocket();
                HelpdeskProcess server = start(taken, work)) {
            assertNotEquals(0, server.awaitExit(REFUSAL));
            List<String> output = server.output();
            assertEquals(1, output.size(), () -> "one line, not " + output);
            assertTrue(output.get(0).contains("JMS port " + JMS_PORT), output.get(0));
        }
    }

    private static HelpdeskProcess start(ServerSocket jmsPortHolder, Path work) throws IOException {
        jmsPortHolder.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), JMS_PORT));
        return HelpdeskProcess.launch(HelpdeskProcess.repoRoot(), HTTP_PORT, environment(work),
                work.resolve("jms-port-taken.log"));
    }

    @Test
    void anApplicationThatFailsToDeployEndsTheStartWithALineSayingSo() throws IOException {
        Path work = work("failed-deployment");
        Map<String, String> environment = new HashMap<>(environment(work));
        // The admin account cannot be opened with a password the policy refuses: the application does not deploy.
        environment.put("HELPDESK_ADMIN_PASSWORD", "short");
        try (HelpdeskProcess server = HelpdeskProcess.launch(HelpdeskProcess.repoRoot(), HTTP_PORT, environment,
                work.resolve("failed-deployment.log"))) {
            assertNotEquals(0, server.awaitExit(FAILED_START));
            List<String> output = server.output();
            assertTrue(output.stream().anyMatch(line -> line.contains("HELPDESK_ADMIN_PASSWORD cannot be used")),
                    () -> "the reason among the errors: " + output);
            assertTrue(output.get(output.size() - 1).contains("helpdesk failed to deploy"),
                    () -> "the last line says what failed: " + output);
        }
    }

    /** One clean first start, observed from the moment the process starts. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ACleanFirstStart {

        private final List<String> answersWhileStarting = new CopyOnWriteArrayList<>();
        private HelpdeskProcess server;
        private Path data;

        @BeforeAll
        void startAndWatchHealth() throws Exception {
            Path work = work("clean-start");
            data = work.resolve("data");
            server = HelpdeskProcess.launch(HelpdeskProcess.repoRoot(), HTTP_PORT, environment(work),
                    work.resolve("clean-start.log"));
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + HTTP_PORT + "/api/health"))
                    .timeout(Duration.ofSeconds(5)).build();
            String last = "";
            while (!last.startsWith("200") && server.isAlive()) {
                String answer;
                try {
                    HttpResponse<String> response = client.send(health, HttpResponse.BodyHandlers.ofString());
                    answer = response.statusCode() + " " + response.headers().firstValue("Content-Type").orElse("")
                            + " " + response.body();
                } catch (IOException notListeningYet) {
                    answer = "no answer";
                }
                if (!answer.equals(last)) {
                    answersWhileStarting.add(answer);
                    last = answer;
                }
                Thread.sleep(100);
            }
            server.awaitHealthy();
        }

        @AfterAll
        void stop() {
            if (server != null) {
                server.close();
            }
        }

        @Test
        void healthAnswers503ProblemDetailsUntilItAnswers200() {
            List<String> answered = answersWhileStarting.stream().filter(answer -> !answer.equals("no answer"))
                    .toList();
            assertTrue(answered.size() >= 2, () -> "503 then 200, not " + answersWhileStarting);
            assertTrue(answered.get(0).startsWith("503 application/problem+json {"),
                    () -> "first answer " + answered.get(0));
            assertTrue(answered.get(answered.size() - 1).startsWith("200 "), () -> "then 200: " + answered);
            assertTrue(answered.subList(0, answered.size() - 1).stream().allMatch(a -> a.startsWith("503 ")),
                    () -> "nothing but 503 before 200 (no server 404 page): " + answered);
        }

        @Test
        void theTerminalGetsAHandfulOfLinesNamingTheLogTheAdminPasswordAndTheIntakeLogin() throws IOException {
            List<String> output = server.output();
            assertTrue(output.size() <= 10, () -> output.size() + " lines: " + output);
            Path log = data.resolve("logs").resolve("helpdesk.log.0");
            assertTrue(output.stream().anyMatch(line -> line.contains(log.toString())), () -> "names " + log);
            assertTrue(Files.readString(log).contains("Payara Micro"), "the log file holds Payara's log");
            assertTrue(output.stream().anyMatch(line -> line.contains("generated password")),
                    () -> "the generated admin password: " + output);
            Path intake = data.resolve("jms-intake-credentials.properties");
            assertTrue(output.stream().anyMatch(line -> line.contains(intake.toString())),
                    () -> "names " + intake + ": " + output);
        }

        @Test
        void nothingButTheHttpPortListensBeyondLoopback() {
            List<ListeningSockets.Socket> sockets = ListeningSockets.of(server.pid());
            assertTrue(sockets.stream().anyMatch(socket -> socket.port() == JMS_PORT && socket.onLoopback()),
                    () -> "the broker on loopback, among " + sockets);
            List<ListeningSockets.Socket> open = sockets.stream()
                    .filter(socket -> !socket.onLoopback() && socket.port() != HTTP_PORT).toList();
            assertEquals(List.of(), open, () -> "listening beyond loopback, among " + sockets);
        }
    }
}
