package org.helpdesk.account;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** What a person may do. Each role has the rights of the one before it. */
public enum Role {
    AGENT,
    SUPERVISOR,
    ADMIN;

    /** The security groups (and so the roles) someone with this role is in: this one and every lesser one. */
    public Set<String> groups() {
        return Arrays.stream(values()).filter(role -> role.ordinal() <= ordinal()).map(Role::name)
                .collect(Collectors.toUnmodifiableSet());
    }
}
