package org.helpdesk.infrastructure.messaging;

import java.util.Set;
import javax.security.auth.Subject;
import org.apache.activemq.artemis.core.config.impl.SecurityConfiguration;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMConnection;
import org.apache.activemq.artemis.spi.core.protocol.RemotingConnection;
import org.apache.activemq.artemis.spi.core.security.ActiveMQJAASSecurityManager;
import org.apache.activemq.artemis.spi.core.security.jaas.InVMLoginModule;
import org.apache.activemq.artemis.spi.core.security.jaas.NoCacheLoginException;
import org.apache.activemq.artemis.spi.core.security.jaas.RolePrincipal;
import org.apache.activemq.artemis.spi.core.security.jaas.UserPrincipal;

/**
 * The embedded broker's logins: JAAS ({@link InVMLoginModule}, users in memory) for every connection over TCP, and
 * Helpdesk's internal user for every connection through the in-VM acceptor.
 *
 * <p>Why the in-VM acceptor identifies its clients: only code inside this JVM can open an in-VM connection, and that
 * code is Helpdesk itself (the resource adapter's message-driven beans and its outbound connection factory). A
 * password would protect nothing there (the same code can reach the broker object directly), and the server cannot
 * even pass one: Payara signs on to an application-defined connection factory with an empty login, whatever the
 * adapter is configured with. So the transport is the credential, as a Unix socket's peer is.
 *
 * <p>Artemis caches successful logins by user name and password only, not by transport: with that cache on, a TCP
 * client sending the in-VM clients' (empty) login would be taken for Helpdesk. The broker therefore runs without the
 * authentication cache ({@link BrokerSecurity#secure}); the logins are in memory, so checking one costs microseconds.
 */
final class InVmTrustingSecurityManager extends ActiveMQJAASSecurityManager {

    private final String internalUser;
    private final String internalRole;

    InVmTrustingSecurityManager(SecurityConfiguration logins, String internalUser, String internalRole) {
        super(InVMLoginModule.class.getName(), logins);
        this.internalUser = internalUser;
        this.internalRole = internalRole;
    }

    @Override
    public Subject authenticate(String user, String password, RemotingConnection connection, String securityDomain)
            throws NoCacheLoginException {
        if (connection != null && connection.getTransportConnection() instanceof InVMConnection) {
            return new Subject(true, Set.of(new UserPrincipal(internalUser), new RolePrincipal(internalRole)),
                    Set.of(), Set.of());
        }
        return super.authenticate(user, password, connection, securityDomain);
    }
}
