package org.helpdesk.queue;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Once a minute, recounts every queue's waiting requests (see {@link QueueCounts}): a safety net, so that a wrong
 * kept count (a bug, or an operator's edit in the database) misinforms customers for a minute at most.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class QueueCountCheck {

    private static final Logger LOG = Logger.getLogger(QueueCountCheck.class.getName());

    @Inject
    private QueueRepository queues;

    @EJB
    private QueueCounts counts;

    @Schedule(hour = "*", minute = "*", second = "30", persistent = false)
    void everyMinute() {
        for (CallQueue queue : queues.all()) {
            try {
                counts.recount(queue.name());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not check the waiting count of queue " + queue.name(), e);
            }
        }
    }
}
