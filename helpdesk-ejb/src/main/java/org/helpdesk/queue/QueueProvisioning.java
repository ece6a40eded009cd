package org.helpdesk.queue;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Arrays;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure the queues named in configuration ({@code helpdesk.queues}, i.e. {@code HELPDESK_QUEUES}) exist, with
 * the default settings ({@link QueueSettings#DEFAULTS}: always open). Existing queues are left as they are, so
 * settings that operators gave them through the API survive a restart.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class QueueProvisioning {

    private static final Logger LOG = Logger.getLogger(QueueProvisioning.class.getName());

    @Inject
    @ConfigProperty(name = "helpdesk.queues", defaultValue = "default")
    String configuredQueues;

    @Inject
    private QueueRepository queues;

    @Inject
    private Clock clock;

    @PostConstruct
    void provision() {
        Arrays.stream(configuredQueues.split(","))
                .map(String::trim)
                .filter(name -> !name.isEmpty())
                .filter(name -> queues.find(name).isEmpty())
                .forEach(name -> {
                    queues.store(new CallQueue(name, CallQueue.DEFAULT_HANDLE_TIME, clock.instant()));
                    LOG.info(() -> "Created queue " + name + " from configuration with the default settings");
                });
    }
}
