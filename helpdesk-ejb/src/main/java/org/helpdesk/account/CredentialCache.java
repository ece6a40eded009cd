package org.helpdesk.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Logins and passwords verified in the last few minutes, so that the operator API, which sends its credentials with
 * every request, costs one password hash per client every {@link #TIME_TO_LIVE} rather than 0.3 s of CPU per call.
 * Only right passwords enter it, so guessing cannot fill it, and it never holds a password, only an HMAC-SHA256 of
 * login and password under a random key made at start-up. In memory and per instance. (Passwords cannot be changed
 * yet; whatever changes one must also drop the login's entries here, or the old password keeps working for up to
 * {@link #TIME_TO_LIVE}.)
 */
@ApplicationScoped
public class CredentialCache {

    static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);
    static final int CAPACITY = 10_000;

    private final SecretKeySpec key;
    /** In the order they were verified, so the oldest is first. */
    private final Map<String, Entry> verified = new LinkedHashMap<>();

    public CredentialCache() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        key = new SecretKeySpec(random, "HmacSHA256");
    }

    /** @return the role of a login whose password was verified less than {@link #TIME_TO_LIVE} ago */
    public synchronized Optional<Role> roleOf(String login, char[] password, Instant now) {
        dropExpired(now);
        return Optional.ofNullable(verified.get(digest(login, password))).map(Entry::role);
    }

    public synchronized void remember(String login, char[] password, Role role, Instant now) {
        dropExpired(now);
        if (verified.size() >= CAPACITY) {
            Iterator<Entry> oldest = verified.values().iterator();
            oldest.next();
            oldest.remove();
        }
        String digest = digest(login, password);
        verified.remove(digest);
        verified.put(digest, new Entry(role, now.plus(TIME_TO_LIVE)));
    }

    synchronized int size() {
        return verified.size();
    }

    private void dropExpired(Instant now) {
        Iterator<Entry> oldestFirst = verified.values().iterator();
        while (oldestFirst.hasNext() && !oldestFirst.next().expires.isAfter(now)) {
            oldestFirst.remove();
        }
    }

    private String digest(String login, char[] password) {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(login.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(bytes);
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        } finally {
            if (bytes.hasArray()) {
                Arrays.fill(bytes.array(), (byte) 0);
            }
        }
    }

    private record Entry(Role role, Instant expires) {
    }
}
