package org.helpdesk.launcher;

import java.nio.file.Path;
import java.util.Map;

/** The {@code HELPDESK_*} settings the launcher itself needs (the application reads the rest). */
record Environment(Path dataDirectory, boolean embeddedBroker, int jmsPort) {

    private static final int DEFAULT_JMS_PORT = 61616;

    static Environment fromSystem() throws LaunchFailure {
        return from(System.getenv());
    }

    static Environment from(Map<String, String> variables) throws LaunchFailure {
        Path data = Path.of(variables.getOrDefault("HELPDESK_DATA_DIR", "data")).toAbsolutePath();
        boolean embedded = variables.getOrDefault("HELPDESK_JMS_URL", "").isBlank();
        String port = variables.getOrDefault("HELPDESK_JMS_PORT", "").strip();
        try {
            return new Environment(data, embedded, port.isEmpty() ? DEFAULT_JMS_PORT : Integer.parseInt(port));
        } catch (NumberFormatException e) {
            throw new LaunchFailure("HELPDESK_JMS_PORT must be a port number, not '" + port + "'", e);
        }
    }
}
