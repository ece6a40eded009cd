package org.helpdesk.infrastructure.messaging;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.ActiveMQServers;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/**
 * The in-process Artemis broker of a single-node Helpdesk: a persistent journal, an in-VM acceptor for the resource
 * adapter and a TCP acceptor on the loopback interface that speaks every protocol module on the class path (CORE,
 * AMQP, STOMP, MQTT), so that any JMS, AMQP or STOMP client on the machine can submit help requests.
 *
 * <p>Security is on ({@link BrokerSecurity}): every client logs in, and an intake client may only send help requests
 * and receive its replies. The acceptor binds to 127.0.0.1 only, since logins travel without TLS; anything on
 * another host goes through an external broker with its own security ({@code HELPDESK_JMS_URL}).
 *
 * <p>The help-request queue and its dead-letter queue are created here; the contract (names, delivery attempts) is
 * the one {@code org.helpdesk.interfaces.messaging.HelpdeskJms} declares for the application.
 */
final class EmbeddedBroker {

    static final String HELP_REQUESTS = "helpdesk.help-requests";
    static final String HELP_REQUESTS_DLQ = HELP_REQUESTS + ".DLQ";
    /** After this many failed deliveries (an infrastructure failure each time) the broker dead-letters a message. */
    static final int MAX_DELIVERY_ATTEMPTS = 5;
    /**
     * Redeliveries after 1, 2, 4 and 8 seconds: a database that is away for a moment costs no dead letter, one that
     * stays away for about a quarter of a minute does (and the operator replays the dead letters).
     */
    static final long FIRST_REDELIVERY_DELAY_MILLIS = 1_000;
    static final double REDELIVERY_MULTIPLIER = 2.0;
    /** The in-VM acceptor's id: the adapter connects to {@code vm://0}. */
    static final int IN_VM_SERVER_ID = 0;

    private static final Logger LOG = Logger.getLogger(EmbeddedBroker.class.getName());

    private final ActiveMQServer server;
    private final BrokerSettings settings;

    private EmbeddedBroker(ActiveMQServer server, BrokerSettings settings) {
        this.server = server;
        this.settings = settings;
    }

    static EmbeddedBroker start(BrokerSettings settings, BrokerSecurity security) throws Exception {
        Configuration config = configuration(settings);
        security.secure(config);
        ActiveMQServer server = ActiveMQServers.newActiveMQServer(config, ManagementFactory.getPlatformMBeanServer(),
                security.securityManager());
        server.start();
        if (!server.isActive()) {
            server.stop();
            throw new IllegalStateException("the embedded Artemis broker did not become active");
        }
        EmbeddedBroker broker = new EmbeddedBroker(server, settings);
        LOG.info(() -> "Embedded Artemis broker " + server.getVersion().getFullVersion() + " started: acceptor "
                + settings.acceptorUrl() + " (protocols " + broker.protocols() + "), in-VM vm://" + IN_VM_SERVER_ID
                + ", journal " + settings.journalDirectory() + ", queues " + HELP_REQUESTS + " and "
                + HELP_REQUESTS_DLQ + "; logins required: intake user " + security.intake().user()
                + (security.intakeConfigured() ? " (HELPDESK_JMS_USER)" : " (" + settings.intakeCredentialsFile() + ")")
                + ", operator user " + security.operator().user() + " (" + settings.operatorCredentialsFile() + ")");
        return broker;
    }

    /** The port the TCP acceptor listens on (the configured one, or the one the system chose for port 0). */
    int port() {
        return server.getRemotingService().getAcceptor("tcp").getActualPort();
    }

    void stop() throws Exception {
        server.stop();
        String stopped = "Embedded Artemis broker stopped: acceptor " + settings.acceptorUrl() + " closed, journal "
                + settings.journalDirectory();
        if (jvmShuttingDown()) {
            // Payara Micro stops the adapter from its shutdown hook, after its log handlers have closed.
            System.err.println(stopped);
        } else {
            LOG.info(stopped);
        }
    }

    private static boolean jvmShuttingDown() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    private static Configuration configuration(BrokerSettings settings) throws Exception {
        Path home = settings.journalDirectory();
        Configuration config = new ConfigurationImpl()
                .setName("helpdesk")
                .setPersistenceEnabled(true)
                .setJournalType(JournalType.NIO)
                .setJournalDirectory(home.resolve("journal").toString())
                .setBindingsDirectory(home.resolve("bindings").toString())
                .setPagingDirectory(home.resolve("paging").toString())
                .setLargeMessagesDirectory(home.resolve("large-messages").toString())
                .setNodeManagerLockDirectory(home.toString())
                .setJMXManagementEnabled(false)
                .addAcceptorConfiguration("in-vm", "vm://" + IN_VM_SERVER_ID)
                // No "protocols" parameter: the acceptor speaks every protocol module found on the class path.
                .addAcceptorConfiguration("tcp", settings.acceptorUrl())
                // Anycast by default: a STOMP client's SEND without a destination-type header reaches the queue as
                // it is, rather than asking to add a multicast route to it (which only Helpdesk itself may do).
                .addAddressSetting(HELP_REQUESTS, new AddressSettings()
                        .setDefaultAddressRoutingType(RoutingType.ANYCAST)
                        .setMaxDeliveryAttempts(MAX_DELIVERY_ATTEMPTS)
                        .setRedeliveryDelay(FIRST_REDELIVERY_DELAY_MILLIS)
                        .setRedeliveryMultiplier(REDELIVERY_MULTIPLIER)
                        .setDeadLetterAddress(SimpleString.of(HELP_REQUESTS_DLQ)))
                .addAddressSetting(HELP_REQUESTS_DLQ, new AddressSettings()
                        .setDefaultAddressRoutingType(RoutingType.ANYCAST))
                .addQueueConfiguration(anycastQueue(HELP_REQUESTS))
                .addQueueConfiguration(anycastQueue(HELP_REQUESTS_DLQ));
        config.setBrokerInstance(home.toFile());
        return config;
    }

    private static QueueConfiguration anycastQueue(String name) {
        return QueueConfiguration.of(name).setAddress(name).setRoutingType(RoutingType.ANYCAST).setDurable(true);
    }

    private String protocols() {
        Map<String, ?> factories = server.getRemotingService().getProtocolFactoryMap();
        return String.join(", ", new TreeSet<>(factories.keySet()));
    }
}
