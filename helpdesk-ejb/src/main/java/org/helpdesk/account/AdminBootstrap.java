package org.helpdesk.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On the first start there is nobody who could log in: open the {@code admin} account. Its password comes from
 * {@code HELPDESK_ADMIN_PASSWORD}; without it, a random one is generated and written to the log this once (the
 * operator changes it or sets the variable).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());
    public static final String ADMIN = "admin";

    @EJB
    private Accounts accounts;

    @Inject
    @ConfigProperty(name = "helpdesk.admin-password")
    Optional<String> configuredPassword;

    /** Outside any transaction, so that a lost race with another instance can be told from a real failure. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void openAdminAccountOnFirstStart() {
        if (accounts.anyWithRole(Role.ADMIN)) {
            return;
        }
        try {
            openAdminAccount();
        } catch (RuntimeException e) {
            // Several instances of a fresh cluster start together: one of them opens the account.
            if (!accounts.anyWithRole(Role.ADMIN)) {
                throw e;
            }
            LOG.info("Another instance opened the account 'admin' first");
        }
    }

    private void openAdminAccount() {
        if (configuredPassword.filter(password -> !password.isBlank()).isPresent()) {
            try {
                PasswordPolicy.check(ADMIN, configuredPassword.get().toCharArray());
            } catch (AccountRefusedException refused) {
                // Better no start than an administrator anyone can guess; the operator is told why in one line.
                LOG.severe("HELPDESK_ADMIN_PASSWORD cannot be used: the " + refused.getMessage());
                throw refused;
            }
            accounts.open(ADMIN, configuredPassword.get().toCharArray(), Role.ADMIN);
            LOG.info("Opened the account 'admin' with the password from HELPDESK_ADMIN_PASSWORD");
            return;
        }
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        accounts.open(ADMIN, generated.toCharArray(), Role.ADMIN);
        LOG.warning("Opened the account 'admin' with the generated password " + generated
                + " (shown this once; set HELPDESK_ADMIN_PASSWORD before the first start to choose it)");
    }
}
