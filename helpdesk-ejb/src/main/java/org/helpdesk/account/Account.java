package org.helpdesk.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * Someone who logs in: an agent, a supervisor or an administrator. Guards itself against password guessing: after
 * {@link #FAILURES_BEFORE_LOCK} failed logins in a row it refuses every login for {@link #LOCK_TIME}, right password
 * or not, so that guessing is slow however many addresses the guesser has.
 */
@Entity
@Table(name = "account")
public class Account {

    static final int FAILURES_BEFORE_LOCK = 5;
    static final Duration LOCK_TIME = Duration.ofMinutes(15);

    @Id
    private String login;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Account() {
        // for JPA
    }

    public Account(String login, String passwordHash, Role role, Instant now) {
        this.login = login;
        this.passwordHash = passwordHash;
        this.role = role;
        this.enabled = true;
        this.createdAt = now;
    }

    /** Whether a login may be tried at all now (the password is checked only then). */
    public boolean acceptsLogins(Instant now) {
        return enabled && (lockedUntil == null || !now.isBefore(lockedUntil));
    }

    /** @return true if this failure locked the account */
    public boolean loginFailed(Instant now) {
        failedLogins++;
        if (failedLogins >= FAILURES_BEFORE_LOCK) {
            failedLogins = 0;
            lockedUntil = now.plus(LOCK_TIME);
            return true;
        }
        return false;
    }

    public void loginSucceeded() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public void changePassword(String newHash) {
        passwordHash = newHash;
    }

    public String login() {
        return login;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
