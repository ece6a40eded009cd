package org.helpdesk.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;
import org.helpdesk.account.Accounts;
import org.helpdesk.account.Role;
import org.helpdesk.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accounts opened before today's password parameters, inside the server: their passwords were hashed with Jakarta
 * Security's defaults (PBKDF2-HMAC-SHA256, 2,048 iterations). They still log in, and their hash is made again with
 * 600,000 iterations at that login.
 */
@ExtendWith(ArquillianExtension.class)
class PasswordUpgradeIT {

    private static final String PASSWORD = "an-old-long-password";

    @EJB
    private Accounts accounts;

    @Resource(lookup = "java:app/jdbc/helpdesk")
    private DataSource database;

    @Deployment
    static WebArchive helpdesk() {
        return Deployments.helpdesk();
    }

    @Test
    void anOldHashStillLogsInAndIsMadeAgainWithTodaysParameters() throws SQLException {
        String login = "old-hash-" + System.nanoTime() % 1_000_000;
        // Jakarta Security's hash with its default parameters, as Helpdesk used it before.
        Pbkdf2PasswordHash jakartaDefaults = CDI.current().select(Pbkdf2PasswordHash.class).get();
        String oldHash = jakartaDefaults.generate(PASSWORD.toCharArray());
        assertTrue(oldHash.startsWith("PBKDF2WithHmacSHA256:2048:"), oldHash);
        openAccountAsBefore(login, oldHash);

        Optional<Role> loggedIn = accounts.verify(login, PASSWORD.toCharArray());

        assertEquals(Optional.of(Role.AGENT), loggedIn);
        String upgraded = passwordHashOf(login);
        assertTrue(upgraded.startsWith("PBKDF2WithHmacSHA256:600000:"), upgraded);
        assertTrue(jakartaDefaults.verify(PASSWORD.toCharArray(), upgraded), "the same password");
        assertFalse(accounts.verify(login, "an-old-long-passworD".toCharArray()).isPresent());
    }

    private void openAccountAsBefore(String login, String hash) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO account"
                     + " (login, password_hash, role, enabled, created_at, version) VALUES (?, ?, 'AGENT', TRUE, ?, 0)")) {
            insert.setString(1, login);
            insert.setString(2, hash);
            insert.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    private String passwordHashOf(String login) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT password_hash FROM account WHERE login = ?")) {
            select.setString(1, login);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                return row.getString(1);
            }
        }
    }
}
