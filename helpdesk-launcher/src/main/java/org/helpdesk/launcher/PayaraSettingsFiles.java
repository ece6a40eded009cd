package org.helpdesk.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The files the launcher hands Payara Micro, rewritten at each start in {@code <data>/launcher/} (Payara's own root
 * directory is emptied at each start by {@code bin/helpdesk}, and these must exist before it is created).
 */
final class PayaraSettingsFiles {

    /**
     * Payara's HTTP listener stays closed while the launcher's {@link StartingResponder} holds the port; the launcher
     * opens it once the applications are deployed.
     */
    static final String HTTP_LISTENER = "configs.config.server-config.network-config.network-listeners"
            + ".network-listener.http-listener.enabled";

    private final Path directory;

    PayaraSettingsFiles(Path dataDirectory) {
        this.directory = dataDirectory.resolve("launcher");
    }

    Path loggingProperties() throws IOException {
        return copy("logging.properties");
    }

    Path hazelcastConfiguration() throws IOException {
        return copy("hazelcast.xml");
    }

    /** The operator's pre-boot commands (if any), then the launcher's: the HTTP listener starts disabled. */
    Path prebootCommands(Optional<Path> operatorFile) throws IOException {
        List<String> lines = new ArrayList<>();
        if (operatorFile.isPresent()) {
            lines.addAll(Files.readAllLines(operatorFile.get(), StandardCharsets.UTF_8));
        }
        lines.add("# Added by the Helpdesk launcher: opened once the applications are deployed.");
        lines.add("set " + HTTP_LISTENER + "=false");
        return write("preboot.asadmin", String.join("\n", lines) + "\n");
    }

    private Path copy(String resource) throws IOException {
        try (InputStream in = PayaraSettingsFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the launcher jar lacks " + resource);
            }
            return write(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private Path write(String name, String content) throws IOException {
        Files.createDirectories(directory);
        return Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
    }
}
