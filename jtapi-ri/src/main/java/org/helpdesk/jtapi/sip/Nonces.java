package org.helpdesk.jtapi.sip;

import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Digest nonces that cost no memory, however many REGISTERs arrive: a nonce is the time it was issued and a MAC
 * (HMAC-SHA256 under a key made when the provider opens) over that time and the address it was issued to. Checking
 * one recomputes the MAC; a nonce from another address, or made up, fails, and one older than five minutes is stale
 * (the phone is challenged again and answers at once).
 */
final class Nonces {
    enum Verdict {
        FRESH,
        /** Ours, but too old: challenge again with {@code stale=true}. */
        STALE,
        /** Not ours, or issued to another address. */
        FORGED
    }

    private static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final int TIME_BYTES = Long.BYTES;
    private static final int MAC_BYTES = 16;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final LongSupplier millis;

    Nonces(SecureRandom random, LongSupplier millis) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        this.key = new SecretKeySpec(secret, ALGORITHM);
        this.millis = millis;
    }

    String issue(InetAddress to) {
        long now = millis.getAsLong();
        return HexFormat.of().formatHex(ByteBuffer.allocate(TIME_BYTES + MAC_BYTES).putLong(now).put(mac(now, to))
                .array());
    }

    Verdict check(String nonce, InetAddress from) {
        byte[] bytes;
        try {
            bytes = nonce == null ? null : HexFormat.of().parseHex(nonce);
        } catch (IllegalArgumentException e) {
            return Verdict.FORGED;
        }
        if (bytes == null || bytes.length != TIME_BYTES + MAC_BYTES) {
            return Verdict.FORGED;
        }
        long issued = ByteBuffer.wrap(bytes).getLong();
        if (!MessageDigest.isEqual(mac(issued, from), Arrays.copyOfRange(bytes, TIME_BYTES, bytes.length))) {
            return Verdict.FORGED;
        }
        long age = millis.getAsLong() - issued;
        return age >= 0 && age < LIFETIME.toMillis() ? Verdict.FRESH : Verdict.STALE;
    }

    private byte[] mac(long issued, InetAddress to) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(ByteBuffer.allocate(TIME_BYTES).putLong(issued).array());
            mac.update((to == null ? "" : to.getHostAddress()).getBytes(StandardCharsets.US_ASCII));
            return Arrays.copyOf(mac.doFinal(), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }
}
