package org.helpdesk.infrastructure.messaging;

import java.security.SecureRandom;
import java.util.Base64;

/** A login at the broker. The password never appears in {@link #toString()}, so a log line cannot leak it. */
record Credentials(String user, String password) {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** 192 random bits, URL-safe: nothing to escape in a properties file, a URL or a shell. */
    static Credentials generate(String user) {
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        return new Credentials(user, Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=****]";
    }
}
