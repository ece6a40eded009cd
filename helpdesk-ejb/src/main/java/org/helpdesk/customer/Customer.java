package org.helpdesk.customer;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.helpdesk.request.PhoneNumber;
import org.helpdesk.request.PhoneNumberConverter;

/**
 * A customer of the call-centre as the operators keep it: who they are, their account and tier, and the numbers
 * they call from. A number belongs to one customer at most (the database says so), so that an incoming call's
 * caller ID names one customer.
 */
@Entity
@Table(name = "customer")
public class Customer {

    @Id
    @SequenceGenerator(name = "customer_seq", sequenceName = "customer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private String name;

    private String account;

    private String tier;

    private String notes;

    // Changed in place, never replaced: the persistence provider then writes only the numbers added and removed.
    @ElementCollection
    @CollectionTable(name = "customer_phone", joinColumns = @JoinColumn(name = "customer_id"))
    @Column(name = "phone", nullable = false)
    @Convert(converter = PhoneNumberConverter.class)
    private Set<PhoneNumber> phones = new HashSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Customer() {
        // for JPA
    }

    public static Customer register(CustomerDetails details, Instant now) {
        Customer customer = new Customer();
        customer.createdAt = now;
        customer.updatedAt = now;
        customer.name = details.name();
        customer.phones.addAll(details.phones());
        customer.describe(details.account(), details.tier(), details.notes());
        return customer;
    }

    /**
     * Replaces the whole record (a PUT, an imported row): whatever the details leave out is cleared.
     *
     * @return whether anything changed; an unchanged record keeps its update time
     */
    public boolean revise(CustomerDetails details, Instant now) {
        boolean changed = !details.name().equals(name) || !details.phones().equals(phones)
                || !Objects.equals(details.account(), account) || !Objects.equals(details.tier(), tier)
                || !Objects.equals(details.notes(), notes);
        if (changed) {
            rename(details.name());
            changePhones(details.phones());
            describe(details.account(), details.tier(), details.notes());
            updatedAt = now;
        }
        return changed;
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new InvalidCustomerException("name", "is required");
        }
        name = newName;
    }

    /** The customer's numbers from now on; numbers left out no longer find this customer. */
    public void changePhones(Set<PhoneNumber> numbers) {
        if (numbers.isEmpty()) {
            throw new InvalidCustomerException("phones", "must have at least one number");
        }
        phones.retainAll(numbers);
        phones.addAll(numbers);
    }

    /** The operators' own words about the customer; {@code null} clears a value. */
    public void describe(String newAccount, String newTier, String newNotes) {
        account = newAccount;
        tier = newTier;
        notes = newNotes;
    }

    public boolean owns(PhoneNumber phone) {
        return phones.contains(phone);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** In ascending order, so that every answer lists them alike. */
    public List<PhoneNumber> phones() {
        return phones.stream().sorted(Comparator.comparing(PhoneNumber::e164)).toList();
    }

    public String account() {
        return account;
    }

    public String tier() {
        return tier;
    }

    public String notes() {
        return notes;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** For logs: the id and masked numbers, never a whole number. */
    public String describeForLog() {
        return "customer " + id + " (phones " + String.join(", ", phones().stream().map(PhoneNumber::masked).toList())
                + ")";
    }
}
