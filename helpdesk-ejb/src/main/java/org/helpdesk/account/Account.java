package org.helpdesk.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Someone who logs in: an agent, a supervisor or an administrator, with their password's hash. An account never
 * locks itself after failed logins (anyone could then lock anyone out); guessing is throttled per login and client
 * address before the password is checked (see {@link Accounts}).
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    private String login;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(nullable = false)
    private boolean enabled;

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

    public boolean acceptsLogins() {
        return enabled;
    }

    /** A new hash of the password: the same password hashed again with today's parameters, or a new one. */
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
}
