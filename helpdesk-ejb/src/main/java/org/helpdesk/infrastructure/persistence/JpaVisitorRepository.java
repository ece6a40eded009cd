package org.helpdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.helpdesk.request.PhoneNumber;
import org.helpdesk.visit.Visitor;
import org.helpdesk.visit.VisitorExistsException;
import org.helpdesk.visit.VisitorId;
import org.helpdesk.visit.VisitorRepository;

/**
 * Visitors in the table {@code visitor}. Translates the primary key's refusal (SQLSTATE 23505 on H2 and PostgreSQL:
 * a concurrent first report of the same visitor) into {@link VisitorExistsException}.
 */
@ApplicationScoped
public class JpaVisitorRepository implements VisitorRepository {

    private static final String UNIQUE_VIOLATION = "23505";

    @PersistenceContext(unitName = "helpdesk")
    private EntityManager entityManager;

    @Override
    public Optional<Visitor> find(VisitorId id) {
        return Optional.ofNullable(entityManager.find(Visitor.class, id.value()));
    }

    @Override
    public void store(Visitor visitor) {
        try {
            entityManager.persist(visitor);
            entityManager.flush();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw new VisitorExistsException();
            }
            throw e;
        }
    }

    @Override
    public Optional<Visitor> lastReaderWith(PhoneNumber phone, Instant since) {
        return entityManager.createQuery("select v from Visitor v where v.phone = :phone and v.seenAt >= :since"
                        + " order by v.seenAt desc", Visitor.class)
                .setParameter("phone", phone)
                .setParameter("since", since)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public int forgetInactiveBefore(Instant cutoff) {
        return entityManager.createQuery("delete from Visitor v where v.lastActiveAt < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
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
