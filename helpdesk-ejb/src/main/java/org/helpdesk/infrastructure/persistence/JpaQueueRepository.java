package org.helpdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.helpdesk.queue.CallQueue;
import org.helpdesk.queue.QueueLoad;
import org.helpdesk.queue.QueueRepository;
import org.helpdesk.request.RequestStatus;

@ApplicationScoped
public class JpaQueueRepository implements QueueRepository {

    @PersistenceContext(unitName = "helpdesk")
    private EntityManager entityManager;

    @Override
    public Optional<CallQueue> find(String name) {
        return Optional.ofNullable(entityManager.find(CallQueue.class, name));
    }

    @Override
    public Optional<CallQueue> lock(String name) {
        return Optional.ofNullable(entityManager.find(CallQueue.class, name, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public long countWaiting(String name) {
        return entityManager.createQuery(
                        "select count(r) from HelpRequest r where r.queue = :queue and r.status = :queued", Long.class)
                .setParameter("queue", name)
                .setParameter("queued", RequestStatus.QUEUED)
                .getSingleResult();
    }

    @Override
    public boolean waitingCountHolds(String name) {
        // native SQL: JPQL has no subquery in the select list, and both figures must come from one statement
        List<?> rows = entityManager.createNativeQuery("SELECT q.waiting - (SELECT COUNT(*) FROM help_request r"
                        + " WHERE r.queue_name = q.name AND r.status = 'QUEUED') FROM call_queue q WHERE q.name = ?")
                .setParameter(1, name)
                .getResultList();
        return rows.isEmpty() || ((Number) rows.get(0)).longValue() == 0;
    }

    @Override
    public List<CallQueue> all() {
        return entityManager.createQuery("select q from CallQueue q order by q.name", CallQueue.class).getResultList();
    }

    @Override
    public void store(CallQueue queue) {
        entityManager.persist(queue);
    }

    @Override
    public Map<String, Map<RequestStatus, Long>> closedSince(Instant since, List<RequestStatus> statuses) {
        Map<String, Map<RequestStatus, Long>> counts = new HashMap<>();
        entityManager.createQuery("select r.queue, r.status, count(r) from HelpRequest r"
                        + " where r.status in :statuses and r.statusChangedAt >= :since group by r.queue, r.status",
                        Object[].class)
                .setParameter("statuses", statuses)
                .setParameter("since", since)
                .getResultList()
                .forEach(row -> counts.computeIfAbsent((String) row[0], queue -> new EnumMap<>(RequestStatus.class))
                        .put((RequestStatus) row[1], ((Number) row[2]).longValue()));
        return counts;
    }

    @Override
    public List<QueueLoad> loads() {
        Map<String, QueueLoad> loads = new LinkedHashMap<>();
        for (CallQueue queue : all()) {
            loads.put(queue.name(), QueueLoad.empty(queue));
        }
        List<Object[]> rows = entityManager.createQuery("select r.queue, r.status, count(r), min(r.dueAt)"
                        + " from HelpRequest r where r.status in :open group by r.queue, r.status", Object[].class)
                .setParameter("open", List.of(RequestStatus.QUEUED, RequestStatus.SCHEDULED))
                .getResultList();
        for (Object[] row : rows) {
            // every request's queue exists (a foreign key says so)
            QueueLoad load = loads.get((String) row[0]);
            long count = ((Number) row[2]).longValue();
            loads.put(load.queue().name(), row[1] == RequestStatus.QUEUED
                    ? new QueueLoad(load.queue(), count, load.scheduled(), (Instant) row[3])
                    : new QueueLoad(load.queue(), load.waiting(), count, load.oldestWaitingSince()));
        }
        return List.copyOf(loads.values());
    }
}
