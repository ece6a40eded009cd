package org.helpdesk.infrastructure.messaging;

import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.ResourceAdapterInternalException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMConnectorFactory;
import org.apache.activemq.artemis.core.remoting.impl.invm.TransportConstants;
import org.apache.activemq.artemis.ra.ActiveMQResourceAdapter;
import org.apache.activemq.artemis.uri.ConnectorTransportConfigurationParser;

/**
 * The Artemis resource adapter, deployed as {@code helpdesk-artemis-ra}, with Helpdesk's embedded default: unless
 * {@code HELPDESK_JMS_URL} names an external broker, it starts an in-process broker ({@link EmbeddedBroker}) before
 * the adapter connects to it in-VM, and stops it after the adapter has let go of it. Configuration comes from the
 * environment ({@link BrokerSettings}), not from {@code ra.xml}, so one {@code .rar} serves every installation.
 *
 * <p>At the embedded broker, the adapter's connections (the message-driven beans' and the outbound connection
 * factory's) are Helpdesk's internal user by way of the in-VM acceptor ({@link BrokerSecurity}); at an external
 * broker, the adapter logs in as {@code HELPDESK_JMS_USER}.
 */
public class EmbeddedBrokerResourceAdapter extends ActiveMQResourceAdapter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(EmbeddedBrokerResourceAdapter.class.getName());

    private transient EmbeddedBroker broker;

    @Override
    public void start(BootstrapContext context) throws ResourceAdapterInternalException {
        BrokerSettings settings;
        BrokerSecurity security = null;
        try {
            settings = BrokerSettings.fromEnvironment();
            if (settings.embedded()) {
                security = BrokerSecurity.of(settings);
            }
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            LOG.severe(() -> "The JMS broker is not configured correctly: " + e.getMessage());
            throw new ResourceAdapterInternalException(e.getMessage(), e);
        }
        if (security != null) {
            startBroker(settings, security);
            setConnectorClassName(InVMConnectorFactory.class.getName());
            setConnectionParameters(TransportConstants.SERVER_ID_PROP_NAME + "=" + EmbeddedBroker.IN_VM_SERVER_ID);
            // No password: the in-VM acceptor is the credential (see InVmTrustingSecurityManager).
            setUserName(BrokerSecurity.INTERNAL_USER);
        } else {
            connectTo(settings);
        }
        try {
            super.start(context);
        } catch (ResourceAdapterInternalException | RuntimeException e) {
            stopBroker();
            throw e;
        }
    }

    @Override
    public void stop() {
        try {
            super.stop();
        } finally {
            stopBroker();
        }
    }

    private void startBroker(BrokerSettings settings, BrokerSecurity security)
            throws ResourceAdapterInternalException {
        try {
            broker = EmbeddedBroker.start(settings, security);
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Embedded Artemis broker failed to start on " + settings.acceptorUrl()
                    + " (journal " + settings.journalDirectory() + ")", e);
            throw new ResourceAdapterInternalException(
                    "the embedded Artemis broker failed to start on " + settings.acceptorUrl() + ": " + e, e);
        }
    }

    private void stopBroker() {
        if (broker == null) {
            return;
        }
        try {
            broker.stop();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Embedded Artemis broker did not stop cleanly", e);
        } finally {
            broker = null;
        }
    }

    /** Points the adapter at the broker of {@code HELPDESK_JMS_URL}, in Artemis URL syntax. No broker runs here. */
    private void connectTo(BrokerSettings settings) throws ResourceAdapterInternalException {
        String url = settings.externalUrl().orElseThrow();
        List<TransportConfiguration> connectors;
        try {
            connectors = new ConnectorTransportConfigurationParser().newObject(new URI(url), "helpdesk");
        } catch (URISyntaxException e) {
            throw new ResourceAdapterInternalException("HELPDESK_JMS_URL is not a URL: " + url, e);
        } catch (Exception e) {
            throw new ResourceAdapterInternalException("HELPDESK_JMS_URL is not an Artemis connector URL: " + url, e);
        }
        if (connectors.isEmpty()) {
            throw new ResourceAdapterInternalException("HELPDESK_JMS_URL names no broker: " + url);
        }
        // The adapter takes connectors as parallel lists: class names, and key=value;... parameters, comma-separated.
        setConnectorClassName(connectors.stream().map(TransportConfiguration::getFactoryClassName)
                .collect(Collectors.joining(",")));
        setConnectionParameters(connectors.stream().map(connector -> parameters(connector.getParams()))
                .collect(Collectors.joining(",")));
        settings.user().ifPresent(this::setUserName);
        settings.password().ifPresent(this::setPassword);
        LOG.info(() -> "Artemis resource adapter connects to the external broker " + redacted(url)
                + "; no embedded broker is started");
    }

    private static String parameters(Map<String, Object> params) {
        return params.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(";"));
    }

    /** The URL without its query, which may carry key-store or trust-store passwords. */
    private static String redacted(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query) + "?...";
    }

    // The JCA specification wants a resource adapter to define equals and hashCode; identity is what Payara relies on.
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
