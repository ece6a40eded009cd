package org.helpdesk.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Map;

/**
 * Passwords as Jakarta Security's PBKDF2 hashes, with today's parameters: PBKDF2-HMAC-SHA256 at 600,000 iterations
 * (OWASP's guidance since 2023), 32-byte salt and key. A stored hash carries its own parameters
 * ({@code algorithm:iterations:salt:hash}), so hashes made with older parameters (2,048 iterations before) still
 * verify; {@link #isCurrent} tells which ones to make again when their owner next logs in. One verification costs
 * about 0.3 s of one core, which is the point: see {@link CredentialCache} for the API's calls.
 */
@ApplicationScoped
public class PasswordHashes {

    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    static final int ITERATIONS = 600_000;
    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
            "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    private Pbkdf2PasswordHash hash;
    /** Checked for logins that do not exist, so that they cost what a real one does; made on first need. */
    private volatile String standIn;

    protected PasswordHashes() {
        // for CDI's proxy
    }

    @Inject
    public PasswordHashes(Pbkdf2PasswordHash hash) {
        this.hash = hash;
    }

    @PostConstruct
    void useTodaysParameters() {
        hash.initialize(PARAMETERS);
    }

    public String hash(char[] password) {
        return hash.generate(password);
    }

    public boolean matches(char[] password, String stored) {
        return hash.verify(password, stored);
    }

    /** Made with today's parameters; otherwise it is made again from the password at the owner's next login. */
    public boolean isCurrent(String stored) {
        return stored.startsWith(ALGORITHM + ":" + ITERATIONS + ":");
    }

    /**
     * A hash no password matches, with today's parameters: a login that does not exist is checked against it, so
     * that it costs what a wrong password of a real login costs and timing does not tell which logins exist.
     */
    public String standIn() {
        String made = standIn;
        if (made == null) {
            char[] random = new char[32];
            SecureRandom secure = new SecureRandom();
            for (int i = 0; i < random.length; i++) {
                random[i] = (char) ('!' + secure.nextInt(94));
            }
            made = hash.generate(random);
            standIn = made;
        }
        return made;
    }
}
