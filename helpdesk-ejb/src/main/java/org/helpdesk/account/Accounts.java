package org.helpdesk.account;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Opens accounts and checks logins. Passwords are kept only as PBKDF2 hashes ({@link PasswordHashes}), and only
 * passwords that {@link PasswordPolicy} accepts. Guessing is slowed down where the guesses come from (the web
 * layer's {@code LoginThrottle}, per login and client address): an account itself never locks, so that nobody can
 * lock its owner out by guessing.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Accounts {

    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());

    @PersistenceContext(unitName = "helpdesk")
    private EntityManager entityManager;

    @Inject
    private PasswordHashes passwordHashes;

    @Inject
    private CredentialCache credentials;

    @Inject
    private Clock clock;

    /**
     * @throws AccountRefusedException if the password may not be used
     * @throws LoginTakenException if the login is taken
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void open(String login, char[] password, Role role) {
        PasswordPolicy.check(login, password);
        if (entityManager.find(Account.class, login) != null) {
            throw new LoginTakenException();
        }
        entityManager.persist(new Account(login, passwordHashes.hash(password), role, clock.instant()));
        LOG.info(() -> "Account " + login + " opened with role " + role);
    }

    /**
     * Checks a login. A login that does not exist costs what a wrong password costs (one hash checked), so that
     * the time of the answer does not tell which logins exist. A right password whose hash was made with older
     * parameters is hashed again with today's.
     *
     * @return the account's role, or empty if the login is refused (unknown, wrong password, disabled)
     */
    public Optional<Role> verify(String login, char[] password) {
        Instant now = clock.instant();
        if (login == null || password == null) {
            return Optional.empty();
        }
        Optional<Role> recent = credentials.roleOf(login, password, now);
        if (recent.isPresent()) {
            return recent;
        }
        Account account = entityManager.find(Account.class, login);
        String stored = account == null ? passwordHashes.standIn() : account.passwordHash();
        boolean matches = passwordHashes.matches(password, stored);
        if (account == null) {
            LOG.info(() -> "Login refused: no account " + printable(login));
            return Optional.empty();
        }
        if (!matches || !account.acceptsLogins()) {
            LOG.info(() -> "Login refused: " + (matches ? "account disabled" : "wrong password") + " for " + login);
            return Optional.empty();
        }
        if (!passwordHashes.isCurrent(stored)) {
            account.changePassword(passwordHashes.hash(password));
            LOG.info(() -> "Password hash of " + login + " made again with today's parameters");
        }
        credentials.remember(login, password, account.role(), now);
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
