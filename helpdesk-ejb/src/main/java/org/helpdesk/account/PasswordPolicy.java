package org.helpdesk.account;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import me.gosimple.nbvcxz.resources.DictionaryUtil;

/**
 * Which passwords an account may have, after NIST SP 800-63B: long enough, not absurdly long, and not one that
 * guessers try first: a common password, one character repeated, or the login itself with digits or symbols around
 * it. No composition rules (a digit, a capital): they make passwords harder to remember, not to guess.
 *
 * <p>The common passwords are the 100,000 most common of nbvcxz's bundled list (from real leaks), of which only those
 * long enough to pass the length rule matter.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    /** Longer is no safer, and a pasted document is a mistake. */
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** @throws AccountRefusedException naming the field {@code password} if the password may not be used */
    public static void check(String login, char[] password) {
        if (password == null) {
            throw refused("is required");
        }
        String text = new String(password);
        int length = text.codePointCount(0, text.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw refused("must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long");
        }
        String folded = text.strip().toLowerCase(Locale.ROOT);
        if (folded.codePoints().distinct().count() <= 1) {
            throw refused("must not be one character repeated");
        }
        if (Common.PASSWORDS.contains(folded)) {
            throw refused("is one of the most common passwords; choose another");
        }
        if (login != null && !login.isBlank() && isTheLoginDressedUp(folded, login.strip().toLowerCase(Locale.ROOT))) {
            throw refused("must not be the login, even with digits or symbols added");
        }
    }

    /** The login, once or more, with nothing but digits, symbols or spaces around it ("agent1", "agent1!!2024"). */
    private static boolean isTheLoginDressedUp(String password, String login) {
        return password.contains(login) && password.replace(login, "").codePoints().noneMatch(Character::isLetter);
    }

    private static AccountRefusedException refused(String reason) {
        return new AccountRefusedException("password", reason);
    }

    /** Loaded on first use, once: the list is read from nbvcxz's jar and kept as a small set. */
    private static final class Common {
        private static final Set<String> PASSWORDS = DictionaryUtil.loadRankedDictionary(DictionaryUtil.passwords)
                .keySet().stream()
                .map(password -> password.strip().toLowerCase(Locale.ROOT))
                .filter(password -> password.length() >= MIN_LENGTH)
                .collect(Collectors.toUnmodifiableSet());
    }
}
