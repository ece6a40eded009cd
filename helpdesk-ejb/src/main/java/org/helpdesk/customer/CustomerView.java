package org.helpdesk.customer;

import java.time.Instant;
import java.util.List;
import org.helpdesk.request.PhoneNumber;

/** A customer as the channels show it, read inside the transaction (the entity's numbers load lazily). */
public record CustomerView(String id, String name, List<String> phones, String account, String tier, String notes,
        Instant createdAt, Instant updatedAt) {

    public static CustomerView of(Customer customer) {
        return new CustomerView(String.valueOf(customer.id()), customer.name(),
                customer.phones().stream().map(PhoneNumber::e164).toList(), customer.account(), customer.tier(),
                customer.notes(), customer.createdAt(), customer.updatedAt());
    }
}
