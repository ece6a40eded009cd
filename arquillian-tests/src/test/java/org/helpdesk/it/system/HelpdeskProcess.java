package org.helpdesk.it.system;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;
import org.helpdesk.it.Api;

/**
 * Helpdesk as an operator runs it: {@code bin/helpdesk run} as a separate operating-system process, configured by
 * environment variables only. The script {@code exec}s the JVM, so the process this class holds <em>is</em> Payara
 * Micro, and {@link #killNine()} kills the server itself, not a wrapper around it.
 */
final class HelpdeskProcess implements AutoCloseable {

    /** Start-up of Payara Micro with the WAR and the resource adapter takes 20-45 s on two busy cores. */
    private static final Duration STARTUP = Duration.ofMinutes(4);

    private final Process process;
    private final Api api;
    private final Path log;

    private HelpdeskProcess(Process process, Api api, Path log) {
        this.process = process;
        this.api = api;
        this.log = log;
    }

    /**
     * Starts {@code bin/helpdesk run} and waits until {@code /api/health} answers 200.
     *
     * @param environment the {@code HELPDESK_*} settings of this instance; any database setting inherited from the
     *                    test JVM is dropped, so that an instance without {@code HELPDESK_DB_URL} runs on H2;
     *                    {@code HELPDESK_MAVEN_ARGS} names the build's Maven repository unless set here
     */
    static HelpdeskProcess start(Path repoRoot, int httpPort, Map<String, String> environment, Path log) {
        return start(repoRoot, httpPort, environment, log, STARTUP);
    }

    /** As {@link #start(Path, int, Map, Path)}, waiting at most {@code startup} (a first run builds the reactor). */
    static HelpdeskProcess start(Path repoRoot, int httpPort, Map<String, String> environment, Path log,
            Duration startup) {
        HelpdeskProcess server = launch(repoRoot, httpPort, environment, log);
        server.awaitHealthy(startup);
        return server;
    }

    /** Starts {@code bin/helpdesk run} and returns at once: for tests of the start itself. */
    static HelpdeskProcess launch(Path repoRoot, int httpPort, Map<String, String> environment, Path log) {
        ProcessBuilder builder = new ProcessBuilder("bash", repoRoot.resolve("bin/helpdesk").toString(), "run")
                .directory(repoRoot.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(name -> name.startsWith("HELPDESK_"));
        builder.environment().put("HELPDESK_HTTP_PORT", String.valueOf(httpPort));
        // When bin/helpdesk finds a source newer than the WAR it builds: with the test build's Maven repository (which
        // holds every plugin it needs, hence offline), never with the user's ~/.m2.
        String mavenRepository = System.getProperty("helpdesk.it.mavenRepository");
        if (mavenRepository != null) {
            builder.environment().put("HELPDESK_MAVEN_ARGS", "-o -Dmaven.repo.local=" + mavenRepository);
        }
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(log.getParent());
            return new HelpdeskProcess(builder.start(), new Api(URI.create("http://127.0.0.1:" + httpPort + "/")),
                    log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not run bin/helpdesk", e);
        }
    }

    Api api() {
        return api;
    }

    /** The operating-system process: {@code bin/helpdesk} exec's the JVM, so this is Payara Micro's. */
    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** What {@code bin/helpdesk} printed so far (standard output and error, in order). */
    List<String> output() {
        try {
            return Files.readAllLines(log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + log, e);
        }
    }

    /** Waits for the process to end by itself and returns its exit status. */
    int awaitExit(Duration atMost) {
        await("bin/helpdesk ending by itself (log: " + log + ")").atMost(atMost)
                .pollInterval(Duration.ofMillis(200)).until(() -> !process.isAlive());
        return process.exitValue();
    }

    /** Waits until {@code /api/health} answers 200 (the process must not end meanwhile). */
    void awaitHealthy() {
        awaitHealthy(STARTUP);
    }

    /** The checkout that {@code bin/helpdesk} runs from ({@code helpdesk.it.repoRoot}, set by the build). */
    static Path repoRoot() throws IOException {
        return Path.of(System.getProperty("helpdesk.it.repoRoot", "..")).toRealPath();
    }

    /**
     * An empty work directory for one test's servers (data directory, logs): {@code property} names it, else
     * {@code fallback} (relative to the module); whatever an earlier run left there is deleted.
     */
    static Path freshWorkDirectory(String property, String fallback) throws IOException {
        Path work = Path.of(System.getProperty(property, fallback)).toAbsolutePath();
        deleteTree(work);
        Files.createDirectories(work);
        return work;
    }

    /** Deletes a directory and all it holds (hard links: only those names), if it exists. */
    static void deleteTree(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** SIGKILL to the JVM: no shutdown hook, no flush, no orderly close of the database. */
    void killNine() {
        String command = process.info().command().orElse("");
        if (!command.endsWith("java")) {
            throw new IllegalStateException("bin/helpdesk should have exec'd the JVM, but pid " + process.pid()
                    + " runs " + command);
        }
        process.destroyForcibly();
        await("the killed server's exit").atMost(Duration.ofSeconds(30)).until(() -> !process.isAlive());
    }

    private void awaitHealthy(Duration startup) {
        try {
            await("Helpdesk answering /api/health (log: " + log + ")")
                    .atMost(startup)
                    .pollInterval(Duration.ofSeconds(1))
                    .ignoreExceptions()
                    .failFast("bin/helpdesk exited; see " + log, () -> !process.isAlive())
                    .until(() -> api.get("api/health").status() == 200);
        } catch (ConditionTimeoutException | TerminalFailureException e) {
            close();
            throw new AssertionError(e.getMessage() + "; the end of its output:\n" + tail(log, 40), e);
        }
    }

    /** The last {@code lines} lines of a log, for a failure message that explains itself. */
    static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(" + log + " could not be read: " + e + ")";
        }
    }

    /** SIGTERM, as an operator stops it; SIGKILL if it has not exited within {@code grace}. */
    void stop(Duration grace) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            close();
        }
    }

    /** Stops the server if it still runs (a test that failed half-way must not leave it behind). */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
