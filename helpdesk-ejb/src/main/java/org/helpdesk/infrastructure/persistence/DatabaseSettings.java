package org.helpdesk.infrastructure.persistence;

import java.nio.file.Path;
import org.eclipse.microprofile.config.Config;

/**
 * Where the database is. Without {@code helpdesk.db.url} it is an H2 file under the data directory
 * ({@code helpdesk.data-dir}, default {@code data}); a {@code jdbc:postgresql:} URL switches to PostgreSQL.
 */
record DatabaseSettings(String url, String user, String password) {

    /**
     * H2 writes each commit at once ({@code WRITE_DELAY=0}): by default it delays writes by up to a second, and a
     * killed server would lose requests it had already confirmed.
     */
    private static final String H2_OPTIONS = ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";

    static DatabaseSettings from(Config config) {
        String url = config.getOptionalValue("helpdesk.db.url", String.class)
                .filter(value -> !value.isBlank())
                .orElseGet(() -> defaultUrl(config.getOptionalValue("helpdesk.data-dir", String.class)
                        .orElse("data")));
        String user = config.getOptionalValue("helpdesk.db.user", String.class)
                .orElse(url.startsWith("jdbc:h2:") ? "sa" : null);
        String password = config.getOptionalValue("helpdesk.db.password", String.class).orElse(null);
        return new DatabaseSettings(url, user, password);
    }

    static String defaultUrl(String dataDir) {
        return "jdbc:h2:file:" + Path.of(dataDir).toAbsolutePath().resolve("helpdesk") + H2_OPTIONS;
    }

    static String driverClassFor(String url) {
        if (url.startsWith("jdbc:postgresql:")) {
            return "org.postgresql.Driver";
        }
        if (url.startsWith("jdbc:h2:")) {
            return "org.h2.Driver";
        }
        throw new IllegalArgumentException("unsupported database URL " + redact(url)
                + " (Helpdesk runs on jdbc:h2: and jdbc:postgresql:)");
    }

    /** The URL without anything that could be a password, for logs and errors. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }
}
