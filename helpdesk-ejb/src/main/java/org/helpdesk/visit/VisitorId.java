package org.helpdesk.visit;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The random token a visitor's browser keeps (in {@code localStorage}) and sends with every page view. Chosen by the
 * browser, so hostile until checked: only URL- and log-safe characters, and long enough to be a random token rather
 * than a guessable name.
 */
public final class VisitorId {

    /** What a visitor id must look like, in the words of a refusal. */
    public static final String RULE = "must be 16 to 64 of the characters A-Z a-z 0-9 _ -";
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{16,64}");

    private final String value;

    private VisitorId(String value) {
        this.value = value;
    }

    public static boolean isWellFormed(String raw) {
        return raw != null && FORM.matcher(raw).matches();
    }

    /** @throws IllegalArgumentException if {@link #isWellFormed(String) not well formed}: check first */
    public static VisitorId of(String raw) {
        if (!isWellFormed(raw)) {
            throw new IllegalArgumentException("not a visitor id");
        }
        return new VisitorId(raw);
    }

    public String value() {
        return value;
    }

    /** For logs: enough to follow one visitor, not enough to report views in their name. */
    public String masked() {
        return value.substring(0, 6) + "…";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VisitorId id && id.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return masked();
    }
}
