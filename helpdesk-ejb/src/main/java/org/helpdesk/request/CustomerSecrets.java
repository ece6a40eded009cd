package org.helpdesk.request;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

/**
 * The secret a customer's browser holds for its help request, besides the request's id: it admits that browser to
 * the request's real-time channels (voice in the browser, co-browsing), which the id alone does not, since the id
 * also travels through agents' screens, supervisors' lists and access logs.
 *
 * <p>The secret is an HMAC-SHA256 of the request id under a random key that the first instance to start writes to
 * the table {@code signing_key}; every instance reads the same key, so a secret issued by one is good on all, and
 * after restarts. Nothing per request is stored.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CustomerSecrets {

    private static final Logger LOG = Logger.getLogger(CustomerSecrets.class.getName());
    private static final String KEY_NAME = "customer-secret";
    private static final String ALGORITHM = "HmacSHA256";
    private static final String UNIQUE_VIOLATION = "23505";

    @Resource(lookup = "java:app/jdbc/helpdesk")
    private DataSource dataSource;

    private volatile SecretKeySpec key;

    public CustomerSecrets() {
    }

    /** With a key of its own, for tests that need no database. */
    CustomerSecrets(byte[] key) {
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    /** Reads the key, or makes it when this is the first start of all; a lost race with another instance rereads. */
    @PostConstruct
    void loadKey() {
        try {
            Optional<byte[]> stored = storedKey();
            if (stored.isEmpty()) {
                stored = Optional.of(createKey());
            }
            key = new SecretKeySpec(stored.get(), ALGORITHM);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read or create the customer-secret signing key", e);
        }
    }

    /** The secret for this request's customer: 43 characters, URL-safe. */
    public String issue(String requestId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sign(requestId));
    }

    /** Whether {@code secret} is the one issued for {@code requestId}; false for anything malformed. */
    public boolean matches(String requestId, String secret) {
        if (!RequestId.isWellFormed(requestId) || secret == null) {
            return false;
        }
        // The text is compared, not its decoded bits: base64 leaves spare bits in the last character, and a secret
        // has one spelling only.
        return MessageDigest.isEqual(issue(requestId).getBytes(StandardCharsets.US_ASCII),
                secret.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] sign(String requestId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(requestId.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private Optional<byte[]> storedKey() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT key_base64 FROM signing_key WHERE name = ?")) {
            select.setString(1, KEY_NAME);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(Base64.getDecoder().decode(row.getString(1))) : Optional.empty();
            }
        }
    }

    private byte[] createKey() throws SQLException {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO signing_key (name, key_base64, created_at) VALUES (?, ?, ?)")) {
            insert.setString(1, KEY_NAME);
            insert.setString(2, Base64.getEncoder().encodeToString(fresh));
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.executeUpdate();
            LOG.info("Made the signing key for customers' secrets (once for every instance sharing this database)");
            return fresh;
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            // another instance made it a moment ago: use theirs
            return storedKey().orElseThrow(() -> e);
        }
    }
}
