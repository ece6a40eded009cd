package org.helpdesk.launcher;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One {@code --deploy} argument: an archive, optionally with its context root ({@code file:contextroot}), and the
 * name Payara gives it: the file name without extension ({@code helpdesk.war:/} deploys as {@code helpdesk}).
 */
record Deployment(Path archive, String name, Optional<String> contextRoot) {

    static Deployment of(String argument) {
        // A context root holds no ':' (a path rarely does), and may hold '/' ("helpdesk.war:/").
        int colon = argument.lastIndexOf(':');
        Path archive = Path.of(colon >= 0 ? argument.substring(0, colon) : argument);
        Optional<String> contextRoot = colon >= 0 ? Optional.of(argument.substring(colon + 1)) : Optional.empty();
        String file = archive.getFileName().toString();
        int extension = file.lastIndexOf('.');
        return new Deployment(archive, extension > 0 ? file.substring(0, extension) : file, contextRoot);
    }
}
