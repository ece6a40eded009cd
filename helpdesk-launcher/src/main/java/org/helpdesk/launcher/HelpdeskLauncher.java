package org.helpdesk.launcher;

import fish.payara.micro.ClusterCommandResult;
import fish.payara.micro.PayaraMicroRuntime;
import fish.payara.micro.boot.PayaraMicroBoot;
import fish.payara.micro.boot.PayaraMicroLauncher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * What {@code bin/helpdesk run} executes: Payara Micro booted in this JVM (its public boot API, with the command line
 * the script passes), wrapped so that a start either ends with Helpdesk serving or with a non-zero exit and one line
 * saying why. In order:
 * <ol>
 * <li>the JMS port is free (the embedded broker's bind fails late and quietly otherwise) and the HTTP port is taken
 * by a {@link StartingResponder} answering 503 while Payara boots with its own listener disabled;
 * <li>Payara logs to a file under the data directory; the terminal gets errors and the operator's lines only;
 * <li>the launcher deploys the {@code --deploy} archives itself, in order; one that fails ends the process;
 * <li>the responder lets go of the port and Payara's listener opens on it.
 * </ol>
 */
public final class HelpdeskLauncher {

    private HelpdeskLauncher() {
    }

    public static void main(String[] args) {
        try {
            Terminal.claim();
            launch(new PayaraArguments(List.of(args)), Environment.fromSystem());
        } catch (LaunchFailure e) {
            Terminal.err().println("helpdesk: " + e.getMessage());
            // Payara's own shutdown hook stops what did start; the exit status tells a supervisor it failed.
            System.exit(1);
        } catch (RuntimeException | Error unforeseen) {
            // Whatever else stops the start (a missing Payara jar, a fault inside Payara) must not leave the 503
            // responder's thread answering for ever: one line, and out.
            Terminal.err().println("helpdesk: Helpdesk did not start: " + unforeseen);
            System.exit(1);
        }
    }

    private static void launch(PayaraArguments arguments, Environment environment) throws LaunchFailure {
        int httpPort = arguments.httpPort();
        Path logFile = environment.dataDirectory().resolve("logs").resolve("helpdesk.log");
        String url = "http://localhost:" + httpPort + "/";
        StartingResponder responder;
        try {
            if (environment.embeddedBroker()) {
                Ports.requireFreeOnLoopback(environment.jmsPort(), "JMS", "HELPDESK_JMS_PORT");
            }
            if (environment.demo()) {
                openDemoShop(environment.demoShopPort(httpPort), URI.create(url));
            }
            responder = StartingResponder.open(httpPort);
        } catch (PortTaken e) {
            throw new LaunchFailure(e.getMessage(), e);
        } catch (IOException e) {
            throw new LaunchFailure("cannot answer on the HTTP port " + httpPort + ": " + e.getMessage(), e);
        }
        Terminal.out().println("helpdesk: starting Helpdesk on " + url + " (data in " + environment.dataDirectory()
                + "; full log in " + ServerLogFile.current(logFile) + ")");

        PayaraMicroBoot payara = boot(arguments, environment, logFile, responder);
        PayaraMicroRuntime runtime = payara.getRuntime();
        for (Deployment deployment : arguments.deployments()) {
            if (!deploy(runtime, deployment)) {
                responder.close();
                throw new LaunchFailure("Helpdesk did not start: " + deployment.name()
                        + " failed to deploy (the errors above; full log in " + ServerLogFile.current(logFile) + ")");
            }
        }
        responder.close();
        openHttpListener(runtime, httpPort);
        Terminal.out().println("helpdesk: Helpdesk is up at " + url + " (REST API " + url + "api/, Ctrl-C stops it)");
        if (environment.demo()) {
            Terminal.out().println("helpdesk: demo shop (another origin, with the help button) at http://localhost:"
                    + environment.demoShopPort(httpPort) + "/; agents log in at " + url + "login");
        }
    }

    /** Serves the shop until the process ends (it stops with the JVM); its port is checked before Payara boots. */
    private static void openDemoShop(int port, URI helpdesk) throws PortTaken, LaunchFailure {
        try {
            DemoShop.open(port, helpdesk);
        } catch (IOException e) {
            throw new LaunchFailure("cannot serve the demo shop on port " + port + ": " + e.getMessage(), e);
        }
    }

    private static PayaraMicroBoot boot(PayaraArguments arguments, Environment environment, Path logFile,
            StartingResponder responder) throws LaunchFailure {
        try {
            Files.createDirectories(logFile.getParent());
            ownerOnly(logFile.getParent());
            PayaraSettingsFiles settings = new PayaraSettingsFiles(environment.dataDirectory());
            System.setProperty(ServerLogFile.FILE_PROPERTY, logFile.toString());
            // Read by Payara's HazelcastCore before anything in domain.xml: its data grid on loopback only.
            System.setProperty("hazelcast.config", settings.hazelcastConfiguration().toString());
            // A library in Payara prints three SLF4J warnings straight to stderr, past any logging configuration.
            System.getProperties().putIfAbsent("slf4j.internal.verbosity", "ERROR");
            String[] payaraArguments = arguments.with(settings.prebootCommands(arguments.prebootCommandFile()),
                    settings.loggingProperties());
            return PayaraMicroLauncher.create(payaraArguments);
        } catch (IOException | UncheckedIOException e) {
            responder.close();
            throw new LaunchFailure("cannot prepare Payara Micro's files under " + environment.dataDirectory()
                    + ": " + e.getMessage(), e);
        } catch (Exception e) {
            responder.close();
            throw new LaunchFailure("Payara Micro did not boot: " + e + " (full log in "
                    + ServerLogFile.current(logFile) + ")", e);
        }
    }

    /** The log holds what the application logs once, such as the generated admin password: for its owner only. */
    private static void ownerOnly(Path directory) throws IOException {
        if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** True when the archive deployed and its application started (a failing startup bean fails the deployment). */
    private static boolean deploy(PayaraMicroRuntime runtime, Deployment deployment) {
        boolean deployed = deployment.contextRoot().isPresent()
                ? runtime.deploy(deployment.name(), deployment.contextRoot().get(), deployment.archive().toFile())
                : runtime.deploy(deployment.archive().toFile());
        return deployed && runtime.getDeployedApplicationNames().contains(deployment.name());
    }

    private static void openHttpListener(PayaraMicroRuntime runtime, int httpPort)
            throws LaunchFailure {
        Map<?, Future<? extends ClusterCommandResult>> results =
                runtime.run("set", PayaraSettingsFiles.HTTP_LISTENER + "=true");
        try {
            if (results.isEmpty()) {
                throw new LaunchFailure("Payara did not run the command that opens the HTTP port " + httpPort);
            }
            for (Future<? extends ClusterCommandResult> future : results.values()) {
                ClusterCommandResult result = future.get();
                if (result.getExitStatus() != ClusterCommandResult.ExitStatus.SUCCESS) {
                    throw new LaunchFailure("Payara could not open the HTTP port " + httpPort + ": "
                            + result.getOutput().strip(), result.getFailureCause());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchFailure("interrupted while opening the HTTP port " + httpPort, e);
        } catch (ExecutionException e) {
            throw new LaunchFailure("Payara could not open the HTTP port " + httpPort + ": " + e.getCause(), e);
        }
    }
}
