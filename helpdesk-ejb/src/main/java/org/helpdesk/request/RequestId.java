package org.helpdesk.request;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The public identifier of a help request: 128 random bits, URL-safe. It is the only key a customer holds (it
 * authorises cancelling), so it must be unguessable; the database's numeric key never leaves the server.
 */
public final class RequestId {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{22}");

    private final String value;

    private RequestId(String value) {
        this.value = value;
    }

    public static RequestId random() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return new RequestId(Base64.getUrlEncoder().withoutPadding().encodeToString(bits));
    }

    /** @throws IllegalArgumentException if the text cannot be a request id (so no lookup is wasted on it) */
    public static RequestId of(String value) {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a help request id");
        }
        return new RequestId(value);
    }

    public static boolean isWellFormed(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RequestId id && id.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
