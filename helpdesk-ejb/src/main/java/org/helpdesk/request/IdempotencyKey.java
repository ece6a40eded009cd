package org.helpdesk.request;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A client's promise that two submissions with the same key are the same submission, retried. The fingerprint of
 * the accepted details lets us tell a retry from a key reused for something else.
 */
public record IdempotencyKey(String key, String fingerprint) {

    public static final int MAX_LENGTH = 200;

    public static IdempotencyKey of(String key, RequestDetails details) {
        return new IdempotencyKey(key, fingerprint(details));
    }

    private static String fingerprint(RequestDetails details) {
        String canonical = String.join("\u0000",
                details.phone().e164(),
                String.valueOf(details.customerName()),
                String.valueOf(details.pageUrl()),
                String.valueOf(details.pageTitle()),
                String.valueOf(details.preferredTime()),
                details.queue(),
                String.valueOf(details.note()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
