package org.helpdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.helpdesk.request.HelpRequest;
import org.helpdesk.request.HelpRequestRepository;
import org.helpdesk.request.PhoneNumber;
import org.helpdesk.request.RequestId;
import org.helpdesk.request.RequestStatus;

@ApplicationScoped
public class JpaHelpRequestRepository implements HelpRequestRepository {

    /**
     * Queue order: {@link HelpRequest#CALL_ORDER} in SQL, on the columns of the index {@code help_request_queue_order}
     * only, so that counting and listing never read the rows themselves.
     */
    private static final String CALL_ORDER = " order by r.callPriority, r.dueAt, r.id";

    @PersistenceContext(unitName = "helpdesk")
    private EntityManager entityManager;

    @Override
    public void store(HelpRequest request) {
        entityManager.persist(request);
        entityManager.flush();
    }

    @Override
    public Optional<HelpRequest> find(RequestId id) {
        return first(entityManager.createQuery("select r from HelpRequest r where r.publicId = :id", HelpRequest.class)
                .setParameter("id", id.value())
                .getResultList());
    }

    @Override
    public Optional<HelpRequest> findOpen(String queue, PhoneNumber phone) {
        return first(entityManager.createQuery("select r from HelpRequest r where r.openKey = :key", HelpRequest.class)
                .setParameter("key", HelpRequest.openKey(queue, phone))
                .getResultList());
    }

    @Override
    public Optional<HelpRequest> findByIdempotencyKey(String key) {
        return first(entityManager.createQuery(
                        "select r from HelpRequest r where r.idempotencyKey = :key", HelpRequest.class)
                .setParameter("key", key)
                .getResultList());
    }

    @Override
    public long countAhead(HelpRequest request) {
        return entityManager.createQuery("select count(r) from HelpRequest r where r.queue = :queue"
                        + " and r.status = :queued and (r.callPriority < :priority"
                        + " or (r.callPriority = :priority and r.dueAt < :due)"
                        + " or (r.callPriority = :priority and r.dueAt = :due and r.id < :id))", Long.class)
                .setParameter("queue", request.queue())
                .setParameter("queued", RequestStatus.QUEUED)
                .setParameter("priority", request.callPriority())
                .setParameter("due", request.dueAt())
                .setParameter("id", request.internalId())
                .getSingleResult();
    }

    @Override
    public long countSubmittedSince(PhoneNumber phone, Instant since) {
        return entityManager.createQuery(
                        "select count(r) from HelpRequest r where r.phone = :phone and r.createdAt >= :since", Long.class)
                .setParameter("phone", phone)
                .setParameter("since", since)
                .getSingleResult();
    }

    @Override
    public List<HelpRequest> lockDueScheduled(Instant now) {
        return entityManager.createQuery("select r from HelpRequest r where r.status = :scheduled"
                        + " and r.dueAt <= :now order by r.dueAt, r.id", HelpRequest.class)
                .setParameter("scheduled", RequestStatus.SCHEDULED)
                .setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    @Override
    public List<HelpRequest> openInCallOrder(String queue) {
        List<HelpRequest> ordered = new ArrayList<>(entityManager.createQuery(
                        "select r from HelpRequest r where r.queue = :queue and r.status = :queued" + CALL_ORDER,
                        HelpRequest.class)
                .setParameter("queue", queue)
                .setParameter("queued", RequestStatus.QUEUED)
                .getResultList());
        ordered.addAll(entityManager.createQuery(
                        "select r from HelpRequest r where r.queue = :queue and r.status = :scheduled"
                                + " order by r.dueAt, r.id", HelpRequest.class)
                .setParameter("queue", queue)
                .setParameter("scheduled", RequestStatus.SCHEDULED)
                .getResultList());
        return ordered;
    }

    private static <T> Optional<T> first(List<T> results) {
        return results.isEmpty() ? Optional.empty() : Optional.of(results.get(0));
    }
}
