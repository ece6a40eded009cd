package org.helpdesk.launcher;

import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The {@code HELPDESK_*} settings the launcher itself needs (the application reads the rest).
 * {@code configuredShopPort} is {@code HELPDESK_DEMO_SHOP_PORT} when given; see {@link #demoShopPort(int)}.
 */
record Environment(Path dataDirectory, boolean embeddedBroker, int jmsPort, boolean demo,
        OptionalInt configuredShopPort) {

    private static final int DEFAULT_JMS_PORT = 61616;

    static Environment fromSystem() throws LaunchFailure {
        return from(System.getenv());
    }

    static Environment from(Map<String, String> variables) throws LaunchFailure {
        Path data = Path.of(variables.getOrDefault("HELPDESK_DATA_DIR", "data")).toAbsolutePath();
        boolean embedded = variables.getOrDefault("HELPDESK_JMS_URL", "").isBlank();
        boolean demo = "true".equalsIgnoreCase(variables.getOrDefault("HELPDESK_DEMO", "").strip());
        String shop = variables.getOrDefault("HELPDESK_DEMO_SHOP_PORT", "").strip();
        return new Environment(data, embedded, port(variables, "HELPDESK_JMS_PORT", DEFAULT_JMS_PORT), demo,
                shop.isEmpty() ? OptionalInt.empty() : OptionalInt.of(port(variables, "HELPDESK_DEMO_SHOP_PORT", 0)));
    }

    /** The port a demo start serves its shop on: the one configured, else the HTTP port + 1. */
    int demoShopPort(int httpPort) {
        return configuredShopPort.orElse(httpPort + 1);
    }

    private static int port(Map<String, String> variables, String name, int fallback) throws LaunchFailure {
        String value = variables.getOrDefault(name, "").strip();
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException(value);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new LaunchFailure(name + " must be a port number (1-65535), not '" + value + "'", e);
        }
    }
}
