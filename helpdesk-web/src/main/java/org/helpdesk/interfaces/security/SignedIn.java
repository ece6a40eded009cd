package org.helpdesk.interfaces.security;

import java.io.Serializable;
import java.util.Set;

/** Who logged in through the login page, kept in their HTTP session until they log out or it expires. */
record SignedIn(String login, Set<String> groups) implements Serializable {

    static final String SESSION_ATTRIBUTE = SignedIn.class.getName();
}
