package org.helpdesk.customer;

import java.util.Objects;
import java.util.Set;
import org.helpdesk.request.PhoneNumber;

/** A customer record that passed {@link CustomerRules}: trimmed text, numbers in E.164, at least one of them. */
public record CustomerDetails(String name, Set<PhoneNumber> phones, String account, String tier, String notes) {

    public CustomerDetails {
        Objects.requireNonNull(name, "name");
        phones = Set.copyOf(phones);
        if (phones.isEmpty()) {
            throw new IllegalArgumentException("a customer has at least one phone number");
        }
    }
}
