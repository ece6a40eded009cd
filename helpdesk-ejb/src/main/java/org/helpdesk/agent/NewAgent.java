package org.helpdesk.agent;

import java.util.Set;
import org.helpdesk.account.Role;

/**
 * What an administrator gives to hire someone: every account is an agent too (a supervisor may take calls).
 *
 * @param role AGENT unless given
 */
public record NewAgent(String login, String name, char[] password, String extension, Set<String> queues, Role role) {
}
