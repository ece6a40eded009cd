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
 * {@code <data dir>/artemis}, its generated credentials files beside it (default {@code data}, relative to the
 * working directory).</li>
 * <li>{@code HELPDESK_JMS_USER}, {@code HELPDESK_JMS_PASSWORD} / {@code helpdesk.jms-user},
 * {@code helpdesk.jms-password}: with an external broker, Helpdesk's own login there; with the embedded broker, the
 * login of the intake clients (generated into {@link #intakeCredentialsFile()} when unset; both or neither).</li>
 * </ul>
 */
record BrokerSettings(Optional<String> externalUrl, int port, Path dataDirectory, Optional<String> user,
        Optional<String> password) {

    static final int DEFAULT_PORT = 61616;
    static final String DEFAULT_DATA_DIR = "data";
    /**
     * The embedded broker listens on the loopback interface only: its logins travel in clear text (no TLS), so
     * anything on another host goes through an external broker (see README.md).
     */
    static final String HOST = "127.0.0.1";
    static final String INTAKE_CREDENTIALS_FILE = "jms-intake-credentials.properties";
    static final String OPERATOR_CREDENTIALS_FILE = "jms-operator-credentials.properties";

    static BrokerSettings fromEnvironment() {
        return from(System::getenv, System::getProperty);
    }

    static BrokerSettings from(Function<String, String> environment, Function<String, String> systemProperties) {
        Settings settings = new Settings(environment, systemProperties);
        int port = settings.get("HELPDESK_JMS_PORT", "helpdesk.jms-port")
                .map(BrokerSettings::port)
                .orElse(DEFAULT_PORT);
        Path dataDir = Path.of(settings.get("HELPDESK_DATA_DIR", "helpdesk.data-dir").orElse(DEFAULT_DATA_DIR));
        Optional<String> user = settings.get("HELPDESK_JMS_USER", "helpdesk.jms-user");
        Optional<String> password = settings.get("HELPDESK_JMS_PASSWORD", "helpdesk.jms-password");
        Optional<String> externalUrl = settings.get("HELPDESK_JMS_URL", "helpdesk.jms-url");
        if (externalUrl.isEmpty() && user.isPresent() != password.isPresent()) {
            // Half a login would silently fall back to the generated one: the partner system could never log in.
            throw new IllegalArgumentException((user.isPresent() ? "HELPDESK_JMS_PASSWORD" : "HELPDESK_JMS_USER")
                    + " must be set too: set HELPDESK_JMS_USER and HELPDESK_JMS_PASSWORD together, or neither");
        }
        return new BrokerSettings(externalUrl, port, dataDir.toAbsolutePath(), user, password);
    }

    /** The embedded broker's persistent journal, bindings, paging and large messages. */
    Path journalDirectory() {
        return dataDirectory.resolve("artemis");
    }

    /** Where the intake clients' login is generated when {@code HELPDESK_JMS_USER} is not set. */
    Path intakeCredentialsFile() {
        return dataDirectory.resolve(INTAKE_CREDENTIALS_FILE);
    }

    /** Where the operators' login (reading dead letters) is generated. */
    Path operatorCredentialsFile() {
        return dataDirectory.resolve(OPERATOR_CREDENTIALS_FILE);
    }

    /** The login configured by {@code HELPDESK_JMS_USER} and {@code HELPDESK_JMS_PASSWORD}, if any. */
    Optional<Credentials> configuredCredentials() {
        return user.map(name -> new Credentials(name, password.orElseThrow()));
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
