package org.helpdesk.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.Test;

/** With Jakarta Security's own implementation, the one Payara runs. Each hash costs ~0.3 s: few are made. */
class PasswordHashesTest {

    private static final char[] PASSWORD = "a-long-password".toCharArray();
    private static final PasswordHashes HASHES = configured();
    private static final String STORED = HASHES.hash(PASSWORD);

    private final PasswordHashes hashes = HASHES;

    private static PasswordHashes configured() {
        PasswordHashes hashes = new PasswordHashes(new Pbkdf2PasswordHashImpl());
        hashes.useTodaysParameters();
        return hashes;
    }

    @Test
    void hashesWithPbkdf2HmacSha256At600000Iterations() {
        String stored = STORED;

        assertTrue(stored.startsWith("PBKDF2WithHmacSHA256:600000:"), stored);
        assertTrue(hashes.isCurrent(stored));
        assertTrue(hashes.matches(PASSWORD, stored));
        assertFalse(hashes.matches("a-long-passworD".toCharArray(), stored));
    }

    @Test
    void aHashOfTheOldParametersStillMatchesAndIsToBeMadeAgain() {
        String old = new Pbkdf2PasswordHashImpl().generate(PASSWORD);
        assertTrue(old.startsWith("PBKDF2WithHmacSHA256:2048:"), "Jakarta Security's default, used before: " + old);

        assertTrue(hashes.matches(PASSWORD, old));
        assertFalse(hashes.isCurrent(old));
    }

    @Test
    void theStandInForUnknownLoginsIsHashedWithTodaysParametersSoItCostsWhatARealOneDoes() {
        String standIn = hashes.standIn();

        assertEquals(parameters(STORED), parameters(standIn));
        assertEquals(standIn, hashes.standIn(), "made once");
    }

    /** algorithm:iterations:salt:hash, and the salt's and hash's lengths. */
    private static String parameters(String stored) {
        String[] parts = stored.split(":");
        return parts[0] + ":" + parts[1] + ":" + parts[2].length() + ":" + parts[3].length();
    }
}
