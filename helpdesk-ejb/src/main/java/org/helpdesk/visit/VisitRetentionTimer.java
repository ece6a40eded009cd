package org.helpdesk.visit;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Forgets visitors who have been inactive for the retention time, so that we keep no record of who read what beyond
 * what the desk needs. Stateless: the database says who is old, so any instance may run it at any time.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class VisitRetentionTimer {

    private static final Logger LOG = Logger.getLogger(VisitRetentionTimer.class.getName());

    @EJB
    private VisitorService service;

    @Inject
    private VisitSettings settings;

    @Inject
    private Clock clock;

    @Schedule(hour = "*", minute = "*/10", persistent = false)
    void everyTenMinutes() {
        try {
            int forgotten = service.forgetInactiveBefore(clock.instant().minus(settings.retention()));
            if (forgotten > 0) {
                LOG.info(() -> "Forgot " + forgotten + " visitors inactive for " + settings.retention());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not forget inactive visitors; will try again", e);
        }
    }
}
