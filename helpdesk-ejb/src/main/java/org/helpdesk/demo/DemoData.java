package org.helpdesk.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.helpdesk.account.Role;
import org.helpdesk.agent.AgentRoster;
import org.helpdesk.agent.NewAgent;
import org.helpdesk.customer.CustomerDirectory;
import org.helpdesk.customer.CustomerFields;
import org.helpdesk.intake.HelpRequestIntake;
import org.helpdesk.request.RequestSource;
import org.helpdesk.request.Submission;

/**
 * {@code bin/helpdesk run --demo} ({@code HELPDESK_DEMO=true}): queues, agents, a supervisor, customer records and
 * a few of those customers waiting, so that a newcomer can log in and click through at once. Seeds once (when {@code agent1} does not
 * exist yet); the demo passwords are in the README and in the log. Never enable it in production.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "AdminBootstrap", "QueueProvisioning"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    public static final String PASSWORD_SUFFIX = "-demo-password";

    @Inject
    @ConfigProperty(name = "helpdesk.demo", defaultValue = "false")
    boolean enabled;

    @EJB
    private DemoQueues queues;

    @EJB
    private AgentRoster roster;

    @EJB
    private HelpRequestIntake intake;

    @EJB
    private CustomerDirectory customers;

    /**
     * Outside any transaction (a singleton's start-up callback would otherwise run in one): each step commits, so
     * that the intake, which writes in transactions of its own, sees the queues just created.
     */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void seed() {
        if (!enabled || roster.find("agent1").isPresent()) {
            return;
        }
        try {
            queues.ensure(List.of("default", "sales", "support"));
            hire("agent1", "Alex Agent", "1001", Set.of("default", "sales"), Role.AGENT);
            hire("agent2", "Blake Agent", "1002", Set.of("default", "support"), Role.AGENT);
            hire("supervisor1", "Sam Supervisor", "1009", Set.of("default", "sales", "support"), Role.SUPERVISOR);
            customer("Dana Customer", "+16502530001", "ACME-1001", "gold", "Prefers calls after 10:00");
            customer("Eli Customer", "+16502530002", "ACME-1002", "silver", "Asked about volume pricing before");
            customer("Fran Customer", "+16502530003", "ACME-1003", "bronze", null);
            waiting("+16502530001", "Dana Customer", "https://shop.example.com/checkout", "Checkout", "default");
            waiting("+16502530002", "Eli Customer", "https://shop.example.com/pricing", "Pricing", "sales");
            waiting("+16502530003", "Fran Customer", "https://shop.example.com/help/returns", "Returns", "support");
            LOG.warning("Demo data seeded: log in at /login as agent1, agent2 or supervisor1, password <login>"
                    + PASSWORD_SUFFIX + " (demo only: never in production)");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not seed the demo data", e);
        }
    }

    private void hire(String login, String name, String extension, Set<String> queueNames, Role role) {
        roster.hire(new NewAgent(login, name, (login + PASSWORD_SUFFIX).toCharArray(), extension, queueNames, role));
    }

    private void customer(String name, String phone, String account, String tier, String notes) {
        customers.create(new CustomerFields(name, List.of(phone), account, tier, notes));
    }

    private void waiting(String phone, String name, String page, String title, String queue) {
        intake.submit(new Submission(phone, name, page, title, null, queue, "demo request", RequestSource.JMS, null,
                null));
    }
}
