package org.helpdesk.supervision;

/** A supervisor logged the agent out: the web layer ends the agent's sessions once the change is committed. */
public record AgentLoggedOut(String login) {
}
