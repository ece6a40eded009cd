package org.helpdesk.infrastructure.messaging;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the JMS channel's broker is, read from the environment with system-property fallbacks (the resource adapter
 * is not a CDI bean, so MicroProfile Config is not at hand):
 * <ul>
 * <li>{@code HELPDESK_JMS_URL} / {@code helpdesk.jms-url}: an external broker, e.g. {@code tcp://artemis:61616}. When
 * set, no broker is started here.</li>
 * <li>{@code HELPDESK_JMS_PORT} / {@code helpdesk.jms-port}: the embedded broker's acceptor port on 127.0.0.1
 * (default 61616).</li>
 * <li>{@code HELPDESK_DATA_DIR} / {@code helpdesk.data-dir}: the embedded broker's journal goes to
 * {@code <data dir>/artemis} (default {@code data}, relative to the working directory).</li>
 * <li>{@code HELPDESK_JMS_USER}, {@code HELPDESK_JMS_PASSWORD} / {@code helpdesk.jms-user},
 * {@code helpdesk.jms-password}: credentials for an external broker only.</li>
 * </ul>
 */
record BrokerSettings(Optional<String> externalUrl, int port, Path journalDirectory, Optional<String> user,
        Optional<String> password) {

    static final int DEFAULT_PORT = 61616;
    static final String DEFAULT_DATA_DIR = "data";
    /** The embedded broker listens on the loopback interface only: it has no security (see README.md). */
    static final String HOST = "127.0.0.1";

    static BrokerSettings fromEnvironment() {
        return from(System::getenv, System::getProperty);
    }

    static BrokerSettings from(Function<String, String> environment, Function<String, String> systemProperties) {
        Settings settings = new Settings(environment, systemProperties);
        int port = settings.get("HELPDESK_JMS_PORT", "helpdesk.jms-port")
                .map(BrokerSettings::port)
                .orElse(DEFAULT_PORT);
        Path dataDir = Path.of(settings.get("HELPDESK_DATA_DIR", "helpdesk.data-dir").orElse(DEFAULT_DATA_DIR));
        return new BrokerSettings(
                settings.get("HELPDESK_JMS_URL", "helpdesk.jms-url"),
                port,
                dataDir.resolve("artemis").toAbsolutePath(),
                settings.get("HELPDESK_JMS_USER", "helpdesk.jms-user"),
                settings.get("HELPDESK_JMS_PASSWORD", "helpdesk.jms-password"));
    }

    boolean embedded() {
        return externalUrl.isEmpty();
    }

    String acceptorUrl() {
        return "tcp://" + HOST + ":" + port;
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("HELPDESK_JMS_PORT must be a TCP port number, not " + value);
    }

    /** An environment variable, else a system property; blank counts as unset. */
    private record Settings(Function<String, String> environment, Function<String, String> systemProperties) {

        Optional<String> get(String variable, String property) {
            return value(environment.apply(variable)).or(() -> value(systemProperties.apply(property)));
        }

        private static Optional<String> value(String raw) {
            return Optional.ofNullable(raw).map(String::strip).filter(value -> !value.isEmpty());
        }
    }
}
