package org.helpdesk.it.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.helpdesk.it.Api;
import org.helpdesk.it.Deployments;
import org.helpdesk.it.Phones;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "It builds on a clean machine": a {@code git clone} of the checkout under test, whose Maven repository holds no
 * {@code org.helpdesk} artifact, is built and run by its own {@code bin/helpdesk}. Maven runs offline on a hard-linked
 * copy of the build's repository, so nothing is downloaded twice and nothing outside that repository is needed; a
 * launcher that builds only some modules and expects the others (cti-adapter, jtapi-ri) from earlier builds fails
 * here. Only committed files are in the clone.
 */
class FreshCloneIT {

    private static final int HTTP_PORT = Integer.getInteger("helpdesk.it.fresh.httpPort", 18480);
    private static final int JMS_PORT = Integer.getInteger("helpdesk.it.fresh.jmsPort", 61622);
    /** The whole reactor is built once before Payara Micro starts: a few minutes on two busy cores. */
    private static final Duration FIRST_RUN = Duration.ofMinutes(15);

    private Path clone;
    private Path work;
    private Map<String, String> environment;
    private HelpdeskProcess server;

    @BeforeEach
    void cloneWithoutHelpdeskArtifacts() throws Exception {
        work = HelpdeskProcess.freshWorkDirectory("helpdesk.it.fresh.workDir", "target/fresh-clone");
        clone = work.resolve("clone");
        Path mavenRepository = work.resolve("m2");
        execute(work, work.resolve("setup.log"), Duration.ofMinutes(5),
                "git", "clone", "--quiet", HelpdeskProcess.repoRoot().toString(), clone.toString());
        execute(work, work.resolve("setup.log"), Duration.ofMinutes(5),
                "cp", "-al", buildsMavenRepository().toString(), mavenRepository.toString());
        HelpdeskProcess.deleteTree(mavenRepository.resolve("org/helpdesk"));
        assertFalse(Files.exists(clone.resolve("helpdesk-web/target")), "the clone has built nothing yet");
        environment = Map.of(
                "HELPDESK_MAVEN_ARGS", "-o -Dmaven.repo.local=" + mavenRepository,
                "HELPDESK_DATA_DIR", work.resolve("data").toString(),
                "HELPDESK_JMS_PORT", String.valueOf(JMS_PORT),
                "HELPDESK_ADMIN_PASSWORD", Deployments.ADMIN_PASSWORD);
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aFreshCloneRunsWithNoHelpdeskArtifactInTheMavenRepository() throws Exception {
        server = HelpdeskProcess.start(clone, HTTP_PORT, environment, work.resolve("run.log"), FIRST_RUN);

        Api.Reply submitted = server.api().post("api/help-requests", "{\"phone\":\"" + Phones.unique()
                + "\",\"name\":\"Fresh clone\",\"pageUrl\":\"https://example.com/help\"}");
        assertEquals(201, submitted.status(), () -> "help request: " + submitted);
        String id = submitted.json().getString("id");
        Api.Reply queue = server.api().asAdmin().get("api/queues/default/requests");
        assertEquals(200, queue.status(), () -> "the queue: " + queue);
        assertTrue(queue.array().getValuesAs(JsonObject.class).stream()
                .anyMatch(request -> request.getString("id").equals(id)), () -> id + " in the queue: " + queue);

        server.stop(Duration.ofSeconds(60));
    }

    @Test
    void buildRunsMavenOnlyWhenASourceOfTheReactorChanged() throws Exception {
        build("first-build.log");
        List<FileTime> built = artifactTimes();

        build("unchanged-build.log");
        assertEquals(built, artifactTimes(), "nothing changed: the WAR and the RAR are not built again");

        touchASource(clone.resolve("arquillian-tests/src/test"));
        build("test-changed-build.log");
        assertEquals(built, artifactTimes(), "only a test changed: nothing of the product is built again");

        for (String module : List.of("cti-adapter", "jtapi-ri")) {
            List<FileTime> before = artifactTimes();
            touchASource(clone.resolve(module).resolve("src/main"));
            build(module + "-changed-build.log");
            List<FileTime> after = artifactTimes();
            assertNotEquals(before.get(0), after.get(0), "a source of " + module + " changed: the WAR is built again");
            assertNotEquals(before.get(1), after.get(1), "a source of " + module + " changed: the RAR is built again");
        }
    }

    private void build(String logName) throws Exception {
        execute(clone, work.resolve(logName), FIRST_RUN, environment, "bash", "bin/helpdesk", "build");
    }

    private List<FileTime> artifactTimes() throws IOException {
        return List.of(Files.getLastModifiedTime(clone.resolve("helpdesk-web/target/helpdesk.war")),
                Files.getLastModifiedTime(clone.resolve("helpdesk-artemis-ra/target/helpdesk-artemis-ra.rar")));
    }

    private static void touchASource(Path sources) throws IOException {
        Path source;
        try (Stream<Path> files = Files.walk(sources)) {
            source = files.filter(file -> file.toString().endsWith(".java")).findFirst().orElseThrow();
        }
        Files.setLastModifiedTime(source, FileTime.from(Instant.now()));
    }

    /** The Maven repository the build itself uses ({@code helpdesk.it.mavenRepository}, set by the build). */
    private static Path buildsMavenRepository() {
        String repository = System.getProperty("helpdesk.it.mavenRepository");
        assertTrue(repository != null && Files.isDirectory(Path.of(repository)),
                () -> "helpdesk.it.mavenRepository names the build's Maven repository: " + repository);
        return Path.of(repository);
    }

    private static void execute(Path directory, Path log, Duration bound, String... command) throws Exception {
        execute(directory, log, bound, Map.of(), command);
    }

    /** Runs {@code command} to its end (at most {@code bound}) and fails, with its output, unless it exits with 0. */
    private static void execute(Path directory, Path log, Duration bound, Map<String, String> environment,
            String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(name -> name.startsWith("HELPDESK_"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        try {
            boolean ended = process.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS);
            assertTrue(ended, () -> String.join(" ", command) + " still runs after " + bound + ":\n"
                    + HelpdeskProcess.tail(log, 40));
            assertEquals(0, process.exitValue(), () -> String.join(" ", command) + " failed:\n"
                    + HelpdeskProcess.tail(log, 40));
        } finally {
            process.destroyForcibly();
        }
    }
}
