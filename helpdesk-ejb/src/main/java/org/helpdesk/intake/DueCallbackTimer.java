package org.helpdesk.intake;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Wakes the due call-backs up. It keeps no state: the database says which requests are due, so requests that came
 * due while the server was down are handled at start-up, and a restart loses nothing.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DueCallbackTimer {

    private static final Logger LOG = Logger.getLogger(DueCallbackTimer.class.getName());

    @EJB
    private HelpRequestService service;

    @PostConstruct
    void atStartup() {
        wake();
    }

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void everyFewSeconds() {
        wake();
    }

    private void wake() {
        try {
            service.activateDueCallbacks();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not move due call-backs into their queues; will try again", e);
        }
    }
}
