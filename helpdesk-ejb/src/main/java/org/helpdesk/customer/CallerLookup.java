package org.helpdesk.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.helpdesk.request.PhoneNumber;
import org.helpdesk.screenpop.CustomerRecord;
import org.helpdesk.screenpop.CustomerRecords;

/** The customer database as the screen-pop asks it: who owns the caller's number (a number has one owner). */
@ApplicationScoped
public class CallerLookup implements CustomerRecords {

    @Inject
    private CustomerRepository customers;

    @Override
    public Optional<CustomerRecord> byPhone(PhoneNumber phone) {
        return customers.findByPhone(phone)
                .map(customer -> new CustomerRecord(customer.name(), customer.account(), customer.tier(),
                        customer.notes()));
    }
}
