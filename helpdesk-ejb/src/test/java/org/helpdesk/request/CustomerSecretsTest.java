package org.helpdesk.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CustomerSecretsTest {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final byte[] KEY = new byte[32];
    private static final byte[] OTHER_KEY = new byte[32];

    static {
        Arrays.fill(KEY, (byte) 7);
        Arrays.fill(OTHER_KEY, (byte) 8);
    }

    private final CustomerSecrets secrets = new CustomerSecrets(KEY);
    private final String id = RequestId.random().value();

    @Test
    void theSecretIssuedForARequestAdmitsItsCustomer() {
        String secret = secrets.issue(id);

        assertTrue(secret.matches("[A-Za-z0-9_-]{43}"), secret);
        assertTrue(secrets.matches(id, secret));
        assertEquals(secret, secrets.issue(id), "the same on every call, so a replayed answer carries it again");
    }

    @Test
    void aSecretOfOneRequestDoesNotOpenAnother() {
        assertFalse(secrets.matches(RequestId.random().value(), secrets.issue(id)));
    }

    @Test
    void anotherInstallationsKeyMakesOtherSecrets() {
        assertNotEquals(secrets.issue(id), new CustomerSecrets(OTHER_KEY).issue(id));
        assertFalse(secrets.matches(id, new CustomerSecrets(OTHER_KEY).issue(id)));
    }

    @Test
    void malformedSecretsAndIdsAreRefusedNotThrown() {
        String secret = secrets.issue(id);
        for (int i = 0; i < 64; i++) {
            String someId = RequestId.random().value();
            String issued = secrets.issue(someId);
            // the last character carries spare bits: another spelling of the same bits is still not the secret
            int sextet = ALPHABET.indexOf(issued.charAt(42));
            String respelled = issued.substring(0, 42) + ALPHABET.charAt(sextet ^ 1);
            assertFalse(secrets.matches(someId, respelled), respelled);
        }
        assertFalse(secrets.matches(id, null));
        assertFalse(secrets.matches(id, ""));
        assertFalse(secrets.matches(id, "!".repeat(43)));
        assertFalse(secrets.matches(id, secret + "A"));
        assertFalse(secrets.matches(null, secret));
        assertFalse(secrets.matches("not an id", secret));
    }
}
