package org.helpdesk.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
     * The names Payara gives the {@code --deploy} archives: the file name without its extension and without the
     * {@code :contextroot} suffix ({@code helpdesk.war:/} deploys as {@code helpdesk}).
     */
    Set<String> applicationNames() {
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < arguments.size() - 1; i++) {
            if (DEPLOY.equals(arguments.get(i))) {
                names.add(applicationName(arguments.get(i + 1)));
            }
        }
        return names;
    }

    private static String applicationName(String deployment) {
        // "file:contextroot": a context root holds no ':' (a path rarely does), and may hold '/' ("helpdesk.war:/").
        int contextRoot = deployment.lastIndexOf(':');
        String path = contextRoot >= 0 ? deployment.substring(0, contextRoot) : deployment;
        String file = path.substring(path.lastIndexOf('/') + 1);
        int extension = file.lastIndexOf('.');
        return extension > 0 ? file.substring(0, extension) : file;
    }

    /** This command line with {@code --prebootcommandfile} and {@code --logproperties} set to the given files. */
    String[] with(Path prebootCommandFile, Path loggingProperties) {
        List<String> rewritten = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if ((PREBOOT.equals(argument) || LOG_PROPERTIES.equals(argument)) && i + 1 < arguments.size()) {
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
