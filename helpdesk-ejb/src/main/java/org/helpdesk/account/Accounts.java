package org.helpdesk.account;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/** Opens accounts and checks logins. Passwords are kept only as PBKDF2 hashes. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Accounts {

    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());
    public static final int MIN_PASSWORD_LENGTH = 10;

    @PersistenceContext(unitName = "helpdesk")
    private EntityManager entityManager;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    @Inject
    private Clock clock;

    /**
     * @throws AccountRefusedException if the password is too weak
     * @throws LoginTakenException if the login is taken
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void open(String login, char[] password, Role role) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new AccountRefusedException("password", "must be at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (entityManager.find(Account.class, login) != null) {
            throw new LoginTakenException();
        }
        entityManager.persist(new Account(login, passwordHash.generate(password), role, clock.instant()));
        LOG.info(() -> "Account " + login + " opened with role " + role);
    }

    /**
     * Checks a login, counting failures against the account (see {@link Account}).
     *
     * @return the account's role, or empty if the login is refused (unknown, wrong password, locked, disabled)
     */
    public Optional<Role> verify(String login, char[] password) {
        Instant now = clock.instant();
        Account account = login == null ? null : entityManager.find(Account.class, login);
        if (account == null) {
            LOG.info(() -> "Login refused: no account " + printable(login));
            return Optional.empty();
        }
        if (!account.acceptsLogins(now)) {
            LOG.warning(() -> "Login refused: account " + login + " is locked until " + account.lockedUntil());
            return Optional.empty();
        }
        if (!passwordHash.verify(password, account.passwordHash())) {
            if (account.loginFailed(now)) {
                LOG.warning(() -> "Account " + login + " locked until " + account.lockedUntil()
                        + " after " + Account.FAILURES_BEFORE_LOCK + " failed logins");
            } else {
                LOG.info(() -> "Login refused: wrong password for " + login);
            }
            return Optional.empty();
        }
        account.loginSucceeded();
        return Optional.of(account.role());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean anyWithRole(Role role) {
        return !entityManager.createQuery("select a.login from Account a where a.role = :role", String.class)
                .setParameter("role", role).setMaxResults(1).getResultList().isEmpty();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Role> roleOf(String login) {
        return Optional.ofNullable(entityManager.find(Account.class, login)).map(Account::role);
    }

    /** Logins come from anyone: never write a control character or a novel into the log. */
    private static String printable(String login) {
        String visible = login.replaceAll("\\p{Cntrl}", "?");
        return visible.length() > 64 ? visible.substring(0, 64) + "…" : visible;
    }
}
