package org.helpdesk.customer;

import java.util.List;

/**
 * A customer record as an operator wrote it (REST body or CSV row), before {@link CustomerRules} judged it: phone
 * numbers in any notation, text untrimmed. Absent values are {@code null}; {@code phones} is never null.
 */
public record CustomerFields(String name, List<String> phones, String account, String tier, String notes) {

    public CustomerFields {
        phones = phones == null ? List.of() : List.copyOf(phones.stream().map(phone -> phone == null ? "" : phone)
                .toList());
    }
}
