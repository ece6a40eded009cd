package org.helpdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    public void storeAll(Collection<HelpRequest> newRequests) {
        newRequests.forEach(entityManager::persist);
        entityManager.flush();
    }

    @Override
    public void flush() {
        entityManager.flush();
    }

    @Override
    public Optional<HelpRequest> find(RequestId id) {
        return first(entityManager.createQuery("select r from HelpRequest r where r.publicId = :id", HelpRequest.class)
                .setParameter("id", id.value())
                .getResultList());
    }

    @Override
    public Optional<HelpRequest> lock(RequestId id) {
        return first(entityManager.createQuery("select r from HelpRequest r where r.publicId = :id", HelpRequest.class)
                .setParameter("id", id.value())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList());
    }

    @Override
    public Optional<HelpRequest> currentlyAssignedTo(String agentLogin) {
        return first(entityManager.createQuery("select r from HelpRequest r where r.assignedAgent = :agent"
                        + " and r.status in :busy order by r.statusChangedAt desc, r.id desc", HelpRequest.class)
                .setParameter("agent", agentLogin)
                .setParameter("busy", List.of(RequestStatus.DIALING, RequestStatus.CONNECTED))
                .setMaxResults(1)
                .getResultList());
    }

    @Override
    public Optional<HelpRequest> lastEndedWithoutOutcome(String agentLogin) {
        return first(entityManager.createQuery("select r from HelpRequest r where r.assignedAgent = :agent"
                        + " and r.status = :completed order by r.statusChangedAt desc, r.id desc", HelpRequest.class)
                .setParameter("agent", agentLogin)
                .setParameter("completed", RequestStatus.COMPLETED)
                .setMaxResults(1)
                .getResultList())
                .filter(request -> request.outcome() == null);
    }

    @Override
    public List<HelpRequest> pastRequestsOf(PhoneNumber phone, RequestId except, int limit) {
        // on the index (phone, created_at)
        return entityManager.createQuery("select r from HelpRequest r where r.phone = :phone"
                        + " and r.publicId <> :except and r.phoneVerified = true"
                        + " order by r.createdAt desc, r.id desc", HelpRequest.class)
                .setParameter("phone", phone)
                .setParameter("except", except.value())
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<HelpRequest> findOpen(Collection<String> openKeys) {
        if (openKeys.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select r from HelpRequest r where r.openKey in :keys", HelpRequest.class)
                .setParameter("keys", openKeys)
                .getResultList();
    }

    @Override
    public List<HelpRequest> findByIdempotencyKeys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery(
                        "select r from HelpRequest r where r.idempotencyKey in :keys", HelpRequest.class)
                .setParameter("keys", keys)
                .getResultList();
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
    public Map<PhoneNumber, Long> countSubmittedSince(Collection<PhoneNumber> phones, Instant since) {
        if (phones.isEmpty()) {
            return Map.of();
        }
        Map<PhoneNumber, Long> counts = new HashMap<>();
        entityManager.createQuery("select r.phone, count(r) from HelpRequest r"
                        + " where r.phone in :phones and r.createdAt >= :since and r.phoneVerified = true"
                        + " group by r.phone", Object[].class)
                .setParameter("phones", phones)
                .setParameter("since", since)
                .getResultList()
                .forEach(row -> counts.put((PhoneNumber) row[0], ((Number) row[1]).longValue()));
        return counts;
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
