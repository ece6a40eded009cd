package org.helpdesk.queue;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;
import org.helpdesk.request.IntakeRules;

/**
 * Operators' use cases for queues: create one with its settings, change its settings. One transaction each. Every
 * change is logged with the queue and its settings before and after (who made it will be added with the security
 * layer).
 */
@Stateless
public class QueueAdministration {

    private static final Logger LOG = Logger.getLogger(QueueAdministration.class.getName());

    @Inject
    private QueueRepository queues;

    @Inject
    private Clock clock;

    /** @throws QueueAlreadyExistsException if the name is taken: creating never changes an existing queue */
    public void create(String name, QueueSettings settings) {
        checkName(name);
        if (queues.find(name).isPresent()) {
            throw new QueueAlreadyExistsException(name);
        }
        queues.store(new CallQueue(name, settings, clock.instant()));
        LOG.info(() -> "Created queue " + name + " with " + settings);
    }

    /**
     * Replaces a queue's settings. The queue's row is locked as intake locks it, so a batch of submissions is
     * decided either wholly with the old business hours or wholly with the new ones. Requests already accepted keep
     * the time they were given.
     *
     * @throws NoSuchQueueException if there is no such queue: a mistyped name must not create one
     */
    public void reconfigure(String name, QueueSettings settings) {
        checkName(name);
        CallQueue queue = queues.lock(name).orElseThrow(() -> new NoSuchQueueException(name));
        QueueSettings before = queue.settings();
        queue.configure(settings);
        LOG.info(() -> "Reconfigured queue " + name + ": " + settings + " (was " + before + ")");
    }

    private static void checkName(String name) {
        if (!IntakeRules.isQueueName(name)) {
            throw new InvalidQueueSettingsException("name", "is not a queue name: 1 to 64 letters, digits, '_', '.'"
                    + " or '-', starting with a letter or digit");
        }
    }
}
