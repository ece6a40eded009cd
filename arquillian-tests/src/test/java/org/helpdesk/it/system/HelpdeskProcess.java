package org.helpdesk.it.system;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
     *                    test JVM is dropped, so that an instance without {@code HELPDESK_DB_URL} runs on H2
     */
    static HelpdeskProcess start(Path repoRoot, int httpPort, Map<String, String> environment, Path log) {
        HelpdeskProcess server = launch(repoRoot, httpPort, environment, log);
        server.awaitHealthy();
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
        if (Files.exists(work)) {
            try (Stream<Path> paths = Files.walk(work)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(work);
        return work;
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

    private void awaitHealthy(Duration atMost) {
        await("Helpdesk answering /api/health (log: " + log + ")")
                .atMost(atMost)
                .pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .failFast("bin/helpdesk exited; see " + log, () -> !process.isAlive())
                .until(() -> api.get("api/health").status() == 200);
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
