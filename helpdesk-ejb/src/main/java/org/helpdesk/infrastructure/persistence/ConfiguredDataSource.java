package org.helpdesk.infrastructure.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The connection source behind the application's pooled data source ({@link DatabaseMigration} defines it). One
 * class for every database: the JDBC URL from configuration ({@code helpdesk.db.url}, i.e. {@code HELPDESK_DB_URL})
 * picks the driver, so that switching from the embedded H2 to PostgreSQL is a matter of configuration only. The
 * container pools the connections it hands out.
 */
public class ConfiguredDataSource implements DataSource {

    private volatile DatabaseSettings settings;
    private volatile Driver driver;
    private int loginTimeout;

    @Override
    public Connection getConnection() throws SQLException {
        DatabaseSettings current = settings();
        Properties credentials = new Properties();
        if (current.user() != null) {
            credentials.setProperty("user", current.user());
        }
        if (current.password() != null) {
            credentials.setProperty("password", current.password());
        }
        return connect(current.url(), credentials);
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
        return connect(settings().url(), credentials);
    }

    private Connection connect(String url, Properties credentials) throws SQLException {
        if (url.startsWith("jdbc:postgresql:") && !url.contains("stringtype=")) {
            // Instants are bound untyped (see InstantConverter), so a null one arrives as text: let the server infer.
            credentials.setProperty("stringtype", "unspecified");
        }
        if (url.startsWith("jdbc:postgresql:") && !url.contains("reWriteBatchedInserts=")) {
            // Group commit inserts many requests at once: one multi-row INSERT instead of one statement per row.
            credentials.setProperty("reWriteBatchedInserts", "true");
        }
        Connection connection = driver(url).connect(url, credentials);
        if (connection == null) {
            throw new SQLException("no driver accepts the database URL " + DatabaseSettings.redact(url));
        }
        return connection;
    }

    private DatabaseSettings settings() {
        if (settings == null) {
            Config config = ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader());
            settings = DatabaseSettings.from(config);
        }
        return settings;
    }

    private Driver driver(String url) throws SQLException {
        if (driver == null) {
            String driverClass = DatabaseSettings.driverClassFor(url);
            try {
                driver = (Driver) Class.forName(driverClass, true, ConfiguredDataSource.class.getClassLoader())
                        .getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new SQLException("JDBC driver " + driverClass + " is not available", e);
            }
        }
        return driver;
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // the container logs; nothing to do
    }

    @Override
    public void setLoginTimeout(int seconds) {
        loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
