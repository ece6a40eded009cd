package org.helpdesk.account;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"password12", "qwertyuiop", "1234567890", "Password123", "iloveyou12"})
    void refusesCommonPasswordsInAnyCase(String common) {
        assertRefused("agent1", common);
    }

    @ParameterizedTest
    @ValueSource(strings = {"          ", "aaaaaaaaaaaa", "\t\t\t\t\t\t\t\t\t\t", "   x       "})
    void refusesOneCharacterRepeated(String repeated) {
        assertRefused("agent1", repeated);
    }

    @ParameterizedTest
    @ValueSource(strings = {"supervisor1", "Supervisor1", "supervisor1supervisor1", "supervisor1!!2024",
            " SUPERVISOR1 "})
    void refusesTheLoginEvenWithDigitsOrSymbolsAdded(String login) {
        assertRefused("supervisor1", login);
    }

    @ParameterizedTest
    @ValueSource(ints = {9, 129, 100_000})
    void refusesPasswordsTooShortOrAbsurdlyLong(int length) {
        assertRefused("agent1", "Xk3_9fQz2mLp".repeat(10_000).substring(0, length));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a-long-password", "agent1-demo-password", "staple horse battery correct",
            "Xk3_9fQz2m", "wie geht's dir heute?"})
    void acceptsPasswordsNobodyTriesFirst(String password) {
        assertDoesNotThrow(() -> PasswordPolicy.check("agent1", password.toCharArray()));
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 128})
    void acceptsTheLengthsAtTheBounds(int length) {
        assertDoesNotThrow(() -> PasswordPolicy.check("agent1", "Xk3_9fQz2mLp".repeat(11).substring(0, length)
                .toCharArray()));
    }

    private static void assertRefused(String login, String password) {
        AccountRefusedException refused = assertThrows(AccountRefusedException.class,
                () -> PasswordPolicy.check(login, password.toCharArray()));
        assertEquals("password", refused.field());
    }
}
