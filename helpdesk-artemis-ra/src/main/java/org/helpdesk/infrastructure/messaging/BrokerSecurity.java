package org.helpdesk.infrastructure.messaging;

import java.util.Map;
import java.util.Set;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.SecurityConfiguration;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.spi.core.security.ActiveMQJAASSecurityManager;
import org.apache.activemq.artemis.spi.core.security.jaas.InVMLoginModule;

/**
 * Who may do what at the embedded broker, with Artemis's own mechanisms: JAAS logins ({@link InVMLoginModule}, the
 * users held in memory) and security settings (roles per address). Nobody gets in without a login, and the logins
 * have these rights only:
 * <ul>
 * <li><b>intake</b> ({@code HELPDESK_JMS_USER}, or generated into {@link BrokerSettings#intakeCredentialsFile()}):
 * send to {@value EmbeddedBroker#HELP_REQUESTS}, and receive the replies on temporary queues of its own. It cannot
 * consume help requests, read dead letters or manage the broker.</li>
 * <li><b>operator</b> (generated into {@link BrokerSettings#operatorCredentialsFile()}): read and remove dead letters
 * from {@value EmbeddedBroker#HELP_REQUESTS_DLQ}, and send corrected requests like an intake client.</li>
 * <li><b>internal</b>: Helpdesk itself, the resource adapter's connections through the in-VM acceptor: everything.
 * It has no password and cannot log in over TCP (see {@link InVmTrustingSecurityManager}).</li>
 * </ul>
 * Temporary queues are named by random UUIDs; the broker files them under {@value #TEMPORARY} for the match, so that
 * one setting covers them all. A UUID is not guessable, so a client reaches only the temporary queues it was told of.
 */
final class BrokerSecurity {

    static final String INTAKE_USER = "helpdesk-intake";
    static final String OPERATOR_USER = "helpdesk-operator";
    static final String INTERNAL_USER = "helpdesk-internal";
    /** The namespace of temporary (UUID-named) queues in security settings: {@code TEMPORARY.<uuid>}. */
    static final String TEMPORARY = "helpdesk-temporary";

    private static final String INTAKE = "intake";
    private static final String OPERATOR = "operator";
    private static final String INTERNAL = "internal";

    private final Credentials intake;
    private final Credentials operator;
    private final boolean intakeConfigured;

    private BrokerSecurity(Credentials intake, boolean intakeConfigured, Credentials operator) {
        this.intake = intake;
        this.intakeConfigured = intakeConfigured;
        this.operator = operator;
    }

    /**
     * The logins of an embedded broker: the intake login configured, or read from (generated into) its file; the
     * operator login from its file.
     *
     * @throws IllegalArgumentException if the configured intake user takes the name of another login
     */
    static BrokerSecurity of(BrokerSettings settings) {
        boolean configured = settings.configuredCredentials().isPresent();
        Credentials intake = settings.configuredCredentials().orElseGet(() -> CredentialsFile.readOrGenerate(
                settings.intakeCredentialsFile(), INTAKE_USER, "The login of JMS intake clients at Helpdesk's"
                + " embedded broker " + settings.acceptorUrl() + ": send help requests, receive the replies."));
        if (Set.of(OPERATOR_USER, INTERNAL_USER).contains(intake.user())) {
            throw new IllegalArgumentException("the JMS intake user must not be " + intake.user()
                    + ": that name belongs to another of Helpdesk's logins");
        }
        Credentials operator = CredentialsFile.readOrGenerate(settings.operatorCredentialsFile(), OPERATOR_USER,
                "The operators' login at Helpdesk's embedded broker " + settings.acceptorUrl()
                + ": read dead letters from " + EmbeddedBroker.HELP_REQUESTS_DLQ + " and re-send help requests.");
        return new BrokerSecurity(intake, configured, operator);
    }

    Credentials intake() {
        return intake;
    }

    /** Whether the intake login comes from {@code HELPDESK_JMS_USER} rather than a generated file. */
    boolean intakeConfigured() {
        return intakeConfigured;
    }

    Credentials operator() {
        return operator;
    }

    /**
     * The logins of the broker, in memory, and the in-VM acceptor's clients as Helpdesk's internal user. There is no
     * default user: a TCP client without a login is refused.
     */
    ActiveMQJAASSecurityManager securityManager() {
        SecurityConfiguration users = new SecurityConfiguration();
        add(users, intake, INTAKE);
        add(users, operator, OPERATOR);
        return new InVmTrustingSecurityManager(users, INTERNAL_USER, INTERNAL);
    }

    private static void add(SecurityConfiguration users, Credentials credentials, String role) {
        users.addUser(credentials.user(), credentials.password());
        users.addRole(credentials.user(), role);
    }

    /**
     * Turns security on in the broker's configuration, with the rights above. Artemis applies the most specific
     * match of an address alone (settings are not merged), so each match names every role it admits.
     */
    void secure(Configuration config) {
        Role everything = new Role(INTERNAL, true, true, true, true, true, true, true, true, true, true, true, true);
        Role sendOnly = role(INTAKE, Right.SEND);
        Role operatorSends = role(OPERATOR, Right.SEND);
        config.setSecurityEnabled(true)
                // The cache would take a TCP client with the in-VM clients' empty login for Helpdesk itself.
                .setAuthenticationCacheSize(0)
                // Secret, or the cluster user's well-known default password would pass every check.
                .setClusterUser(INTERNAL_USER + "-cluster")
                .setClusterPassword(Credentials.generate(INTERNAL_USER).password())
                .setUuidNamespace(TEMPORARY)
                .setSecurityRoles(Map.of(
                        "#", Set.of(everything),
                        EmbeddedBroker.HELP_REQUESTS, Set.of(everything, sendOnly, operatorSends),
                        EmbeddedBroker.HELP_REQUESTS_DLQ, Set.of(everything, role(OPERATOR, Right.CONSUME)),
                        TEMPORARY + ".#", Set.of(everything, role(INTAKE, Right.TEMPORARY_QUEUE),
                                role(OPERATOR, Right.TEMPORARY_QUEUE))));
    }

    private enum Right {
        SEND,
        /** Receive, browse and remove messages. */
        CONSUME,
        /** Create, receive from and delete a temporary queue: where replies come. */
        TEMPORARY_QUEUE
    }

    private static Role role(String name, Right right) {
        boolean send = right == Right.SEND;
        boolean consume = right != Right.SEND;
        boolean temporary = right == Right.TEMPORARY_QUEUE;
        // name, send, consume, create/delete durable queue, create/delete non-durable queue, manage, browse,
        // create/delete address, view, edit
        return new Role(name, send, consume, false, false, temporary, temporary, false, consume, temporary,
                temporary, false, false);
    }
}
