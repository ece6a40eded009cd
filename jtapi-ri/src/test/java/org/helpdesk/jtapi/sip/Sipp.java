package org.helpdesk.jtapi.sip;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A real SIP phone for tests: one sipp process running one scenario on 127.0.0.1. */
public final class Sipp implements AutoCloseable {
    static final Path BINARY = Path.of("/usr/bin/sipp");
    /**
     * Where scenarios are looked up, in order: {@code helpdesk.sipp.scenarios} (directories separated by the path
     * separator; other modules' tests add their own before these), else this module's.
     */
    private static final List<Path> SCENARIOS = Arrays.stream(System.getProperty("helpdesk.sipp.scenarios",
            "target/test-classes/sipp").split(java.io.File.pathSeparator)).map(Path::of).toList();
    private static final Path LOGS = Path.of("target/sipp");
    /** Where the phones and the trunk are: the provider's own address, 127.0.0.1. */
    private static final String LOCAL = "127.0.0.1";

    private final String name;
    private final Process process;

    private Sipp(String name, List<String> command) {
        this.name = name;
        try {
            Files.createDirectories(LOGS);
            this.process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(LOGS.resolve(name + ".out").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Fails the test when sipp is not installed: a telephony test that skips would let the build pass untested
     * (.ci/run installs it).
     */
    public static void requireInstalled() {
        InstalledTool.require(BINARY, "sip-tester");
    }

    /** A phone that waits for one call at {@code port} and plays {@code scenario}. */
    public static Sipp phone(String scenario, int port, int controlPort, int mediaPort, int providerPort) {
        Sipp sipp = new Sipp(scenario.replace(".xml", "") + "-" + port,
                command(scenario, port, controlPort, mediaPort, providerPort, List.of()));
        await().atMost(Duration.ofSeconds(5)).until(() -> !udpFree(port));
        return sipp;
    }

    /** A phone that takes {@code calls} calls, for load runs. */
    public static Sipp busyPhone(String scenario, int calls, int port, int controlPort, int mediaPort, int providerPort) {
        Sipp sipp = new Sipp(scenario.replace(".xml", "") + "-" + port,
                command(scenario, port, controlPort, mediaPort, providerPort, List.of(), calls, "600s"));
        await().atMost(Duration.ofSeconds(5)).until(() -> !udpFree(port));
        return sipp;
    }

    /** Like {@link #phone}, but the phone speaks SIP over TCP. */
    static Sipp tcpPhone(String scenario, int port, int controlPort, int mediaPort, int providerPort) {
        Sipp sipp = new Sipp(scenario.replace(".xml", "") + "-" + port,
                command(scenario, port, controlPort, mediaPort, providerPort, List.of("-t", "t1")));
        await().atMost(Duration.ofSeconds(5)).until(() -> !tcpFree(port));
        return sipp;
    }

    private static boolean tcpFree(int port) {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A caller that places one call to {@code service}@127.0.0.1:{@code providerPort}. */
    public static Sipp caller(String scenario, String service, int port, int controlPort, int mediaPort, int providerPort) {
        List<String> extra = List.of("-s", service, "127.0.0.1:" + providerPort);
        return new Sipp(scenario.replace(".xml", "") + "-" + port,
                command(scenario, port, controlPort, mediaPort, providerPort, extra));
    }

    /** A caller like {@link #caller} with more sipp options (e.g. {@code -key caller_id +16505550100}). */
    public static Sipp caller(String scenario, String service, int port, int controlPort, int mediaPort,
            int providerPort, List<String> options) {
        return callerFrom(LOCAL, scenario, service, port, controlPort, mediaPort, providerPort, options);
    }

    /**
     * A caller like {@link #caller} that sends from another loopback address ({@code 127.0.0.2}, say): to the
     * provider on 127.0.0.1 it is a stranger, neither the trunk nor a phone of its own.
     */
    public static Sipp callerFrom(String localAddress, String scenario, String service, int port, int controlPort,
            int mediaPort, int providerPort, List<String> options) {
        List<String> extra = new ArrayList<>(List.of("-s", service, "127.0.0.1:" + providerPort));
        extra.addAll(options);
        return new Sipp(logName(localAddress, scenario, port),
                command(localAddress, scenario, port, controlPort, mediaPort, providerPort, extra, 1, "40s"));
    }

    /**
     * A phone like {@link #registering} that sends from another loopback address, for a second source, and plays
     * its scenario {@code times} times one after the other (a guesser's attempts, say).
     */
    public static Sipp registeringFrom(String localAddress, String scenario, String user, String password,
            int times, int port, int controlPort, int mediaPort, int providerPort) {
        List<String> extra = List.of("-s", user, "-au", user, "-ap", password, "-l", "1",
                "127.0.0.1:" + providerPort);
        return new Sipp(logName(localAddress, scenario, port),
                command(localAddress, scenario, port, controlPort, mediaPort, providerPort, extra, times, "40s"));
    }

    /** A phone that REGISTERs as {@code user} with {@code password} (digest authentication). */
    public static Sipp registering(String scenario, String user, String password, int port, int controlPort, int mediaPort,
            int providerPort) {
        List<String> extra = List.of("-s", user, "-au", user, "-ap", password, "127.0.0.1:" + providerPort);
        return new Sipp(scenario.replace(".xml", "") + "-" + port,
                command(scenario, port, controlPort, mediaPort, providerPort, extra));
    }

    private static List<String> command(String scenario, int port, int controlPort, int mediaPort, int providerPort,
            List<String> extra) {
        return command(scenario, port, controlPort, mediaPort, providerPort, extra, 1, "40s");
    }

    private static List<String> command(String scenario, int port, int controlPort, int mediaPort, int providerPort,
            List<String> extra, int calls, String timeout) {
        return command(LOCAL, scenario, port, controlPort, mediaPort, providerPort, extra, calls, timeout);
    }

    private static List<String> command(String localAddress, String scenario, int port, int controlPort,
            int mediaPort, int providerPort, List<String> extra, int calls, String timeout) {
        String base = LOGS.resolve(logName(localAddress, scenario, port)).toString();
        List<String> command = new ArrayList<>(List.of(BINARY.toString(),
                "-sf", scenario(scenario).toString(),
                "-i", localAddress, "-p", Integer.toString(port), "-mp", Integer.toString(mediaPort),
                "-cp", Integer.toString(controlPort), "-key", "provider", "127.0.0.1:" + providerPort,
                "-nostdin", "-m", Integer.toString(calls), "-timeout", timeout, "-timeout_error",
                "-trace_err", "-error_file", base + "-errors.log"));
        if (!scenario.startsWith("load-")) {
            command.addAll(List.of("-trace_msg", "-message_file", base + "-messages.log"));
        }
        command.addAll(extra);
        return command;
    }

    /** A phone like {@link #phone} with more sipp options (e.g. {@code -d 2000}: what a bare pause waits). */
    public static Sipp phone(String scenario, int port, int controlPort, int mediaPort, int providerPort,
            List<String> options) {
        Sipp sipp = new Sipp(scenario.replace(".xml", "") + "-" + port,
                command(scenario, port, controlPort, mediaPort, providerPort, options));
        await().atMost(Duration.ofSeconds(5)).until(() -> !udpFree(port));
        return sipp;
    }

    /**
     * A phone that takes {@code calls} calls and may live for {@code lifetime} (sipp's {@code -timeout}) instead of
     * 40 s, for scenarios that last until the test stops them ({@link #close()}). An INVITE beyond {@code calls} is
     * not answered, but it is in the message log.
     */
    public static Sipp phone(String scenario, int calls, int port, int controlPort, int mediaPort, int providerPort,
            Duration lifetime) {
        Sipp sipp = new Sipp(scenario.replace(".xml", "") + "-" + port, command(scenario, port, controlPort,
                mediaPort, providerPort, List.of(), calls, lifetime.toSeconds() + "s"));
        await().atMost(Duration.ofSeconds(5)).until(() -> !udpFree(port));
        return sipp;
    }

    /** The scenario and port, and the address when it is not the usual one: the name of the logs. */
    private static String logName(String localAddress, String scenario, int port) {
        return scenario.replace(".xml", "") + (LOCAL.equals(localAddress) ? "" : "-" + localAddress) + "-" + port;
    }

    /** Whether sipp is still running its scenario (a phone still on its call, still listening). */
    public boolean isRunning() {
        return process.isAlive();
    }

    private static Path scenario(String name) {
        return SCENARIOS.stream().map(directory -> directory.resolve(name)).filter(Files::exists).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no sipp scenario " + name + " in " + SCENARIOS));
    }

    /** Waits for sipp to finish; 0 means the scenario passed, every check_it included. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroy();
            return -1;
        }
        return process.exitValue();
    }

    /** The SIP messages sipp sent and received, for assertions and diagnosis. */
    public String messages() throws IOException {
        Path file = LOGS.resolve(name + "-messages.log");
        return Files.exists(file) ? Files.readString(file) : "";
    }

    public String describe() throws IOException {
        Path errors = LOGS.resolve(name + "-errors.log");
        return name + " output:\n" + Files.readString(LOGS.resolve(name + ".out"))
                + (Files.exists(errors) ? "\nerrors:\n" + Files.readString(errors) : "");
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                process.waitFor(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static boolean udpFree(int port) {
        try (DatagramSocket socket = new DatagramSocket(port, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (SocketException e) {
            return false;
        }
    }
}
