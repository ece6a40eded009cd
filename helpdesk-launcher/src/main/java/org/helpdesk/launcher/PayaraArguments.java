package org.helpdesk.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Payara Micro command line that {@code bin/helpdesk} passes through, read for what the launcher must know (the
 * HTTP port, the applications that must deploy, the operator's pre-boot commands) and rewritten with what the
 * launcher adds (its own pre-boot commands file, its logging configuration).
 */
final class PayaraArguments {

    private static final String PORT = "--port";
    private static final String DEPLOY = "--deploy";
    private static final String PREBOOT = "--prebootcommandfile";
    private static final String LOG_PROPERTIES = "--logproperties";

    private final List<String> arguments;

    PayaraArguments(List<String> arguments) {
        this.arguments = List.copyOf(arguments);
    }

    /** Payara Micro's default, 8080, when {@code --port} is not given. */
    int httpPort() throws LaunchFailure {
        String value = valueOf(PORT).orElse("8080");
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new LaunchFailure("--port must be a port number, not '" + value + "'", e);
        }
    }

    Optional<Path> prebootCommandFile() {
        return valueOf(PREBOOT).map(Path::of);
    }

    /**
     * The {@code --deploy} archives, in order: the launcher deploys them itself once Payara has booted, because only
     * a deployment it makes tells it whether the application started ({@code --deploy}'s failures leave the
     * application listed as deployed, and Payara running without it).
     */
    List<Deployment> deployments() {
        List<Deployment> deployments = new ArrayList<>();
        for (int i = 0; i < arguments.size() - 1; i++) {
            if (DEPLOY.equals(arguments.get(i))) {
                deployments.add(Deployment.of(arguments.get(i + 1)));
            }
        }
        return deployments;
    }

    /**
     * This command line without its {@code --deploy} archives, with {@code --prebootcommandfile} and
     * {@code --logproperties} set to the given files.
     */
    String[] with(Path prebootCommandFile, Path loggingProperties) {
        List<String> rewritten = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if ((PREBOOT.equals(argument) || LOG_PROPERTIES.equals(argument) || DEPLOY.equals(argument))
                    && i + 1 < arguments.size()) {
                i++;
            } else {
                rewritten.add(argument);
            }
        }
        rewritten.addAll(List.of(PREBOOT, prebootCommandFile.toString(), LOG_PROPERTIES,
                loggingProperties.toString()));
        return rewritten.toArray(String[]::new);
    }

    private Optional<String> valueOf(String option) {
        int at = arguments.lastIndexOf(option);
        return at >= 0 && at + 1 < arguments.size() ? Optional.of(arguments.get(at + 1)) : Optional.empty();
    }
}
