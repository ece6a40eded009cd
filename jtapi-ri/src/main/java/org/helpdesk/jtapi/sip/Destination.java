package org.helpdesk.jtapi.sip;

/**
 * Where a leg goes: a SIP URI, the connection that represents the party, and the terminal (and ACD agent) when
 * it is one of ours.
 */
final class Destination {
    final String uri;
    final ConnectionImpl connection;
    final TerminalImpl terminal;
    final AgentImpl agent;

    Destination(String uri, ConnectionImpl connection, TerminalImpl terminal, AgentImpl agent) {
        this.uri = uri;
        this.connection = connection;
        this.terminal = terminal;
        this.agent = agent;
    }
}
