package org.helpdesk.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A non-Java client of the broker: one of the Python scripts in {@code src/test/python} ({@code stomp_client.py} with
 * Debian's python3-stomp, {@code amqp_client.py} with python3-qpid-proton), run as a process of its own. Each run does
 * one thing and answers with one JSON line (see the scripts); a script that cannot run (Python or a module missing)
 * fails the test, it never skips it.
 */
public final class PythonClient {

    /** How long a script waits for the broker's answer; a broker that answers at all answers within milliseconds. */
    private static final int BROKER_TIMEOUT_SECONDS = 30;

    private final String script;
    private final List<String> login;

    private PythonClient(String script, List<String> login) {
        this.script = script;
        this.login = login;
    }

    public static PythonClient stomp() {
        return new PythonClient("stomp_client.py", List.of());
    }

    public static PythonClient amqp() {
        return new PythonClient("amqp_client.py", List.of());
    }

    /** The same client, logged in. */
    public PythonClient as(Jms.Login credentials) {
        return new PythonClient(script, List.of("--user", credentials.user(), "--password", credentials.password()));
    }

    /** Runs the script with these arguments after the port and login, and returns its answer. */
    public JsonObject run(String... arguments) {
        List<String> command = new ArrayList<>(List.of(python(), scripts().resolve(script).toString(),
                "--port", String.valueOf(Jms.port()), "--timeout", String.valueOf(BROKER_TIMEOUT_SECONDS)));
        command.addAll(login);
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).start();
            process.getOutputStream().close();
            if (!process.waitFor(BROKER_TIMEOUT_SECONDS * 3L, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(script + " did not end: " + String.join(" ", arguments));
            }
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.exitValue() != 0 || out.isEmpty()) {
                throw new AssertionError(script + " failed (exit " + process.exitValue() + "; is " + python()
                        + " with python3-stomp and python3-qpid-proton installed? .ci/run installs them): " + err);
            }
            String answer = out.substring(out.lastIndexOf('\n') + 1);
            try (var reader = Json.createReader(new StringReader(answer))) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + python() + " " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while " + script + " ran", e);
        }
    }

    /** Debian's interpreter, which the python3-stomp and python3-qpid-proton packages install into. */
    private static String python() {
        return System.getProperty("helpdesk.it.python", "/usr/bin/python3");
    }

    private static Path scripts() {
        return Path.of(System.getProperty("helpdesk.it.pythonDir", "src/test/python"));
    }
}
