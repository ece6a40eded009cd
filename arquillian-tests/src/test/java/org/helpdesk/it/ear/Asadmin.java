package org.helpdesk.it.ear;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The {@code asadmin} command of an unpacked Payara Server, run as a separate process. Each call appends its
 * command line and output to one log file, and fails with that log's name if the command fails.
 */
final class Asadmin {

    private static final long TIMEOUT_MINUTES = 8;

    private final Path executable;
    private final Path log;

    Asadmin(Path payaraHome, Path log) {
        this.executable = payaraHome.resolve("bin/asadmin");
        this.log = log;
        if (!Files.isRegularFile(executable)) {
            throw new IllegalStateException("no Payara Server at " + payaraHome
                    + " (the build unpacks fish.payara.distributions:payara there)");
        }
    }

    /** Runs {@code asadmin ARGS...} and returns its exit code, without judging it. */
    int tryRun(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add("bash");  // whether or not the unpacked script kept its executable bit
        command.add(executable.toString());
        command.addAll(List.of(arguments));
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "\n$ asadmin " + String.join(" ", arguments) + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("asadmin " + arguments[0] + " timed out; see " + log);
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code asadmin ARGS...}; a non-zero exit code is an error. */
    void run(String... arguments) {
        int exitCode = tryRun(arguments);
        if (exitCode != 0) {
            throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " failed with exit code "
                    + exitCode + "; see " + log);
        }
    }
}
