package org.helpdesk.customer;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.helpdesk.request.PhoneNumber;

/**
 * The customers the operators keep. Writes reach the database at once, inside the caller's transaction, so that a
 * number already taken fails there as a {@link PhoneNumberTakenException} and later look-ups in the same
 * transaction see them.
 */
public interface CustomerRepository {

    /** Stores a new customer now. */
    void store(Customer customer);

    /** Writes the changes made to loaded customers now. */
    void flush();

    /**
     * Lets go of the customers loaded so far (after {@link #flush()}): a long import stays as fast at its last row
     * as at its first. Customers loaded before must not be changed afterwards.
     */
    void forgetLoaded();

    Optional<Customer> find(long id);

    /** The customer a number belongs to, if any: the caller-ID look-up. */
    Optional<Customer> findByPhone(PhoneNumber phone);

    /** Who owns each of these numbers; numbers nobody owns are left out. */
    Map<PhoneNumber, Long> owners(Collection<PhoneNumber> phones);

    /** Customers in name order (then id), their numbers fetched with them. */
    List<Customer> page(int offset, int limit);

    long count();
}
