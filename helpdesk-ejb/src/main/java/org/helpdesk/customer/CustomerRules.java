package org.helpdesk.customer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.helpdesk.request.InvalidHelpRequestException;
import org.helpdesk.request.PhoneNumber;
import org.helpdesk.request.PhoneNumberPolicy;
import org.helpdesk.request.Violation;

/**
 * What a customer record must be before it is stored. Phone numbers pass the same {@link PhoneNumberPolicy} as help
 * requests: the numbers we would call are the numbers a customer is found by, and they are stored in E.164 so that
 * the caller ID of an incoming call finds them whatever notation the operator used. All fields are checked, so the
 * operator sees every mistake at once.
 */
public final class CustomerRules {

    public static final int MAX_NAME = 200;
    public static final int MAX_ACCOUNT = 64;
    public static final int MAX_TIER = 32;
    public static final int MAX_NOTES = 2000;
    /** More numbers than any person has: a longer list is a mistake (a whole column pasted into one cell). */
    public static final int MAX_PHONES = 10;
    private static final int MAX_ECHO = 40;

    private final PhoneNumberPolicy policy;

    public CustomerRules(PhoneNumberPolicy policy) {
        this.policy = policy;
    }

    public CustomerDetails accept(CustomerFields fields) {
        List<Violation> violations = new ArrayList<>();
        String name = check(violations, () -> required("name", fields.name(), MAX_NAME));
        Set<PhoneNumber> phones = check(violations, () -> phones(fields.phones()));
        String account = check(violations, () -> bounded("account", fields.account(), MAX_ACCOUNT));
        String tier = check(violations, () -> bounded("tier", fields.tier(), MAX_TIER));
        String notes = check(violations, () -> bounded("notes", fields.notes(), MAX_NOTES));
        if (!violations.isEmpty()) {
            throw new InvalidCustomerException(violations);
        }
        return new CustomerDetails(name, phones, account, tier, notes);
    }

    /** A number to look a customer up by, in any notation the policy reads. */
    public PhoneNumber phone(String field, String written) {
        try {
            return policy.accept(field, written);
        } catch (InvalidHelpRequestException e) {
            throw new InvalidCustomerException(e.violations());
        }
    }

    /** Blank entries are skipped; two notations of one number count once. */
    private Set<PhoneNumber> phones(List<String> written) {
        Set<PhoneNumber> phones = new LinkedHashSet<>();
        List<String> refusals = new ArrayList<>();
        // one predicate for all: include "12", which is not a valid phone number, and "x", which ...
        for (String entry : written) {
            if (entry.isBlank()) {
                continue;
            }
            try {
                phones.add(policy.accept("phones", entry));
            } catch (InvalidHelpRequestException e) {
                refusals.add("\"" + echo(entry.strip()) + "\", which " + e.violations().get(0).reason());
            }
        }
        if (!refusals.isEmpty()) {
            throw new InvalidCustomerException("phones", "include " + String.join(", and ", refusals));
        }
        if (phones.isEmpty()) {
            throw new InvalidCustomerException("phones", "must have at least one number");
        }
        if (phones.size() > MAX_PHONES) {
            throw new InvalidCustomerException("phones", "may have at most " + MAX_PHONES + " numbers");
        }
        return phones;
    }

    private static String echo(String entry) {
        return entry.length() <= MAX_ECHO ? entry : entry.substring(0, MAX_ECHO) + "…";
    }

    private static String required(String field, String text, int max) {
        String value = bounded(field, text, max);
        if (value == null) {
            throw new InvalidCustomerException(field, "is required");
        }
        return value;
    }

    private static String bounded(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.length() > max) {
            throw new InvalidCustomerException(field, "is longer than " + max + " characters");
        }
        return value;
    }

    private static <T> T check(List<Violation> violations, Supplier<T> rule) {
        try {
            return rule.get();
        } catch (InvalidCustomerException e) {
            violations.addAll(e.violations());
            return null;
        }
    }
}
