package org.helpdesk.customer;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.helpdesk.customer.ImportSummary.Rejection;
import org.helpdesk.request.PhoneNumber;

/**
 * The customer database's use cases, one transaction each: what operators do (create, edit, import) and what the
 * agent desktop needs (who is calling from this number).
 */
@Stateless
public class CustomerDirectory {

    private static final Logger LOG = Logger.getLogger(CustomerDirectory.class.getName());
    public static final int MAX_PAGE = 200;
    /** An import lets go of the customers it loaded after this many rows (see {@link CustomerRepository#forgetLoaded}). */
    private static final int ROWS_PER_FLUSH_BLOCK = 200;

    @Inject
    private CustomerRepository customers;

    @Inject
    private CustomerRules rules;

    @Inject
    private Clock clock;

    public CustomerView create(CustomerFields fields) {
        CustomerDetails details = rules.accept(fields);
        refuseNumbersOfOthers(details, null);
        Customer customer = Customer.register(details, now());
        customers.store(customer);
        LOG.info(() -> "Created " + customer.describeForLog());
        return CustomerView.of(customer);
    }

    /** Replaces a customer's record (fields left out are cleared); empty if there is no such customer. */
    public Optional<CustomerView> update(long id, CustomerFields fields) {
        CustomerDetails details = rules.accept(fields);
        Optional<Customer> found = customers.find(id);
        found.ifPresent(customer -> {
            refuseNumbersOfOthers(details, id);
            if (customer.revise(details, now())) {
                customers.flush();
                LOG.info(() -> "Updated " + customer.describeForLog());
            }
        });
        return found.map(CustomerView::of);
    }

    public Optional<CustomerView> find(long id) {
        return customers.find(id).map(CustomerView::of);
    }

    /**
     * The caller-ID look-up: the customer who owns a number, written in any notation the phone rules read (a
     * national number is in the default region).
     */
    public Optional<CustomerView> findByPhone(String phone) {
        return customers.findByPhone(rules.phone("phone", phone)).map(CustomerView::of);
    }

    public CustomerPage list(int offset, int limit) {
        if (offset < 0) {
            throw new InvalidCustomerException("offset", "must be 0 or more");
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidCustomerException("limit", "must be 1 to " + MAX_PAGE);
        }
        List<CustomerView> page = customers.page(offset, limit).stream().map(CustomerView::of).toList();
        return new CustomerPage(page, customers.count(), offset, limit);
    }

    /**
     * Imports rows in file order, as if an operator entered them one after the other: a row with a number that
     * belongs to a customer replaces that customer's record (upsert by phone, so importing a file again changes
     * nothing), any other row creates a customer. A row that is invalid, or whose numbers belong to different
     * customers, is refused whole and reported. All accepted rows are written in this one transaction: if the
     * database refuses one anyway (a concurrent edit took a number), nothing is imported and the operator sends
     * the file again.
     */
    public ImportSummary importCustomers(List<ImportLine> lines) {
        Instant now = now();
        int created = 0;
        int updated = 0;
        List<Rejection> rejected = new ArrayList<>();
        for (ImportLine line : lines) {
            Optional<Rejection> refusal = Optional.ofNullable(line.refused())
                    .map(violation -> new Rejection(line.line(), violation.field(), violation.reason()));
            if (refusal.isPresent()) {
                rejected.add(refusal.get());
                continue;
            }
            CustomerDetails details;
            try {
                details = rules.accept(line.fields());
            } catch (InvalidCustomerException e) {
                e.violations().forEach(v -> rejected.add(new Rejection(line.line(), v.field(), v.reason())));
                continue;
            }
            TreeSet<Long> owners = new TreeSet<>(customers.owners(details.phones()).values());
            if (owners.size() > 1) {
                rejected.add(new Rejection(line.line(), "phones",
                        "the numbers belong to different customers " + owners));
                continue;
            }
            if (owners.isEmpty()) {
                Customer customer = Customer.register(details, now);
                customers.store(customer);
                created++;
                LOG.fine(() -> "Import line " + line.line() + ": created " + customer.describeForLog());
            } else {
                // the owner exists: the foreign key of its numbers says so
                Customer customer = customers.find(owners.first()).orElseThrow();
                customer.revise(details, now);
                customers.flush();
                updated++;
                LOG.fine(() -> "Import line " + line.line() + ": updated " + customer.describeForLog());
            }
            if ((created + updated) % ROWS_PER_FLUSH_BLOCK == 0) {
                customers.forgetLoaded();
            }
        }
        LOG.log(Level.INFO, "Imported customers: {0} created, {1} updated, {2} rows refused of {3}",
                new Object[] {created, updated, rejected.stream().map(Rejection::line).distinct().count(),
                        lines.size()});
        return new ImportSummary(created, updated, rejected);
    }

    /** A number has one owner at most: refuses numbers that belong to someone other than {@code self}. */
    private void refuseNumbersOfOthers(CustomerDetails details, Long self) {
        for (Map.Entry<PhoneNumber, Long> owner : customers.owners(details.phones()).entrySet()) {
            if (!owner.getValue().equals(self)) {
                throw new PhoneNumberTakenException(owner.getKey(), owner.getValue());
            }
        }
    }

    /** What the databases store: an instant read back equals the one written. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
