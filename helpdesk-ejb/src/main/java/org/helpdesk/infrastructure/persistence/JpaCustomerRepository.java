package org.helpdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.helpdesk.customer.Customer;
import org.helpdesk.customer.CustomerRepository;
import org.helpdesk.customer.PhoneNumberTakenException;
import org.helpdesk.request.PhoneNumber;

/**
 * Customers in the tables {@code customer} and {@code customer_phone}. Translates the database's unique-key refusal
 * (SQLSTATE 23505 on H2 and PostgreSQL; the only unique key a customer write can break is the phone number's) into
 * {@link PhoneNumberTakenException}.
 */
@ApplicationScoped
public class JpaCustomerRepository implements CustomerRepository {

    private static final String UNIQUE_VIOLATION = "23505";

    @PersistenceContext(unitName = "helpdesk")
    private EntityManager entityManager;

    @Override
    public void store(Customer customer) {
        entityManager.persist(customer);
        flush();
    }

    @Override
    public void flush() {
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw new PhoneNumberTakenException();
            }
            throw e;
        }
    }

    @Override
    public void forgetLoaded() {
        entityManager.clear();
    }

    @Override
    public Optional<Customer> find(long id) {
        return Optional.ofNullable(entityManager.find(Customer.class, id));
    }

    @Override
    public Optional<Customer> findByPhone(PhoneNumber phone) {
        return Optional.ofNullable(owners(List.of(phone)).get(phone)).flatMap(this::find);
    }

    @Override
    public Map<PhoneNumber, Long> owners(Collection<PhoneNumber> phones) {
        // SQL on the phone table itself (one indexed look-up per number, a customer has a few): no JPQL join
        // through the converted element collection, whose parameter conversion providers handle differently.
        Map<PhoneNumber, Long> owners = new LinkedHashMap<>();
        for (PhoneNumber phone : phones) {
            List<?> rows = entityManager.createNativeQuery("SELECT customer_id FROM customer_phone WHERE phone = ?")
                    .setParameter(1, phone.e164())
                    .getResultList();
            if (!rows.isEmpty()) {
                owners.put(phone, ((Number) rows.get(0)).longValue());
            }
        }
        return owners;
    }

    @Override
    public List<Customer> page(int offset, int limit) {
        return entityManager.createQuery("select c from Customer c order by c.name, c.id", Customer.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                // the page's numbers in one more query, not one per customer
                .setHint("eclipselink.batch", "c.phones")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList();
    }

    @Override
    public long count() {
        return entityManager.createQuery("select count(c) from Customer c", Long.class).getSingleResult();
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
