package org.helpdesk.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * Records supervisors' and administrators' actions in the caller's transaction: the action and its record are
 * committed together or not at all.
 */
@ApplicationScoped
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());

    @PersistenceContext(unitName = "helpdesk")
    private EntityManager entityManager;

    @Inject
    private Clock clock;

    public void record(String actor, String action, String subject, String detail) {
        entityManager.persist(new AuditEntry(clock.instant(), actor, action, subject, detail));
        LOG.info(() -> "Audit: " + actor + " " + action + " " + subject + (detail == null ? "" : " (" + detail + ")"));
    }

    /** The newest entries first. */
    public List<AuditEntry> latest(int count) {
        return entityManager.createQuery("select e from AuditEntry e order by e.at desc, e.id desc", AuditEntry.class)
                .setMaxResults(count).getResultList();
    }
}
