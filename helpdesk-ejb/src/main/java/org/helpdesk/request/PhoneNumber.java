package org.helpdesk.request;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Objects;
import java.util.regex.Pattern;

/** A validated telephone number in E.164 form ({@code +14155550123}). Made by {@link PhoneNumberPolicy}. */
public final class PhoneNumber {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    private final String e164;

    private PhoneNumber(String e164) {
        this.e164 = e164;
    }

    /** Rebuilds a number that was validated before (from the database); refuses anything not in E.164 form. */
    public static PhoneNumber ofE164(String e164) {
        if (e164 == null || !E164.matcher(e164).matches()) {
            throw new IllegalArgumentException("not an E.164 number: " + e164);
        }
        return new PhoneNumber(e164);
    }

    public String e164() {
        return e164;
    }

    /** For people to read and dial: grouped the way the number's country writes it, e.g. {@code +1 800-555-0100}. */
    public String international() {
        PhoneNumberUtil numbers = PhoneNumberUtil.getInstance();
        try {
            return numbers.format(numbers.parse(e164, null), PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return e164; // cannot happen for E.164; the plain form is still right
        }
    }

    /** For logs: enough to tell calls apart, not enough to dial. */
    public String masked() {
        return e164.substring(0, Math.min(5, e164.length())) + "…" + e164.substring(e164.length() - 2);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PhoneNumber number && number.e164.equals(e164);
    }

    @Override
    public int hashCode() {
        return Objects.hash(e164);
    }

    @Override
    public String toString() {
        return e164;
    }
}
