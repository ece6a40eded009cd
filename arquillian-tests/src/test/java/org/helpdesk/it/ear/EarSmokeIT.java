package org.helpdesk.it.ear;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.helpdesk.it.Api;
import org.helpdesk.it.Jms;
import org.helpdesk.it.Phones;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The EAR on a full Jakarta EE server: a fresh Payara Server domain (port base 19000 by default: admin 19048, HTTP 19080), the
 * Artemis resource adapter deployed first, then {@code helpdesk.ear}, exactly as the README tells an operator to.
 */
class EarSmokeIT {

    private static final String DOMAIN = "helpdesk-smoke";
    private static final int PORT_BASE = Integer.getInteger("helpdesk.it.ear.portBase", 19000);
    private static final int JMS_PORT = Integer.getInteger("helpdesk.it.ear.jmsPort", 61620);
    private static final String ADMIN_PORT = String.valueOf(PORT_BASE + 48);
    private static final Api API = new Api(URI.create("http://127.0.0.1:" + (PORT_BASE + 80) + "/"));

    /** The intake login an operator configures for a partner system (letters and digits: asadmin's syntax). */
    private static final Jms.Login PARTNER = new Jms.Login("ear-partner",
            UUID.randomUUID().toString().replace("-", ""));

    private static Path work;
    private static Path domains;
    private static Asadmin asadmin;

    @BeforeAll
    static void deployTheEarOnAFreshDomain() throws IOException {
        work = Path.of(System.getProperty("helpdesk.it.ear.workDir", "target/ear-smoke")).toAbsolutePath();
        domains = work.resolve("domains");
        asadmin = new Asadmin(Path.of(System.getProperty("helpdesk.it.payaraHome", "target/payara-server/payara6")),
                work.resolve("asadmin.log"));
        Path ear = existing(System.getProperty("helpdesk.it.ear", "target/deploy/helpdesk.ear"));
        Path repoRoot = Path.of(System.getProperty("helpdesk.it.repoRoot", "..")).toAbsolutePath().normalize();
        Path rar = repoRoot.resolve("helpdesk-artemis-ra/target/helpdesk-artemis-ra.rar");

        if (Files.isDirectory(domains.resolve(DOMAIN))) {
            asadmin.tryRun("stop-domain", "--domaindir", domains.toString(), DOMAIN);  // left over by an aborted run
        }
        deleteRecursively(work.resolve("data"));
        deleteRecursively(domains);
        asadmin.run("create-domain", "--domaindir", domains.toString(), "--portbase", String.valueOf(PORT_BASE),
                "--nopassword", DOMAIN);
        asadmin.run("start-domain", "--domaindir", domains.toString(), DOMAIN);
        // Dynamic: no restart. The data directory holds the H2 database and the broker's journal.
        asadmin.run("--port", ADMIN_PORT, "create-system-properties",
                "helpdesk.jms-port=" + JMS_PORT + ":helpdesk.data-dir=" + work.resolve("data")
                + ":helpdesk.jms-user=" + PARTNER.user() + ":helpdesk.jms-password=" + PARTNER.password());
        if (resourceAdapterModuleExists(repoRoot)) {
            asadmin.run("--port", ADMIN_PORT, "deploy", "--name", "helpdesk-artemis-ra", existing(rar.toString())
                    .toString());
        }
        asadmin.run("--port", ADMIN_PORT, "deploy", "--name", "helpdesk", ear.toString());
        await("the EAR answering /api/health (server log: " + domains.resolve(DOMAIN + "/logs/server.log") + ")")
                .atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .until(() -> API.get("api/health").status() == 200);
    }

    @AfterAll
    static void stopTheDomain() {
        if (asadmin != null && Files.isDirectory(domains.resolve(DOMAIN))) {
            asadmin.tryRun("stop-domain", "--domaindir", domains.toString(), DOMAIN);
        }
    }

    @Test
    void aHelpRequestSubmittedThroughTheEarIsStoredAndFoundAgain() {
        String phone = Phones.unique();
        Api.Reply created = API.post("api/help-requests",
                "{\"phone\":\"" + phone + "\",\"name\":\"EAR smoke test\",\"pageUrl\":\"https://example.com/\"}");

        assertEquals(201, created.status(), () -> "POST /api/help-requests: " + created);
        String location = created.header("Location");
        assertNotNull(location, "Location header");
        JsonObject request = created.json();
        assertEquals(phone, request.getString("phone"));
        assertEquals("QUEUED", request.getString("status"));
        assertTrue(location.endsWith("/api/help-requests/" + request.getString("id")), location);

        Api.Reply found = API.get("api/help-requests/" + request.getString("id"));
        assertEquals(200, found.status(), () -> "GET " + location + ": " + found);
        assertEquals(request.getString("id"), found.json().getString("id"));
        assertEquals("QUEUED", found.json().getString("status"));
        assertEquals("default", found.json().getString("queue"));
    }

    /**
     * The message-driven bean on the full server consumes through the adapter's in-VM connection, and the partner
     * system logs in with the intake login configured by {@code helpdesk.jms-user} / {@code helpdesk.jms-password}.
     */
    @Test
    void aHelpRequestSentOverJmsWithTheConfiguredLoginIsAnsweredWithTheCreatedRequest() throws JMSException {
        String phone = Phones.unique();
        try (ActiveMQConnectionFactory factory = Jms.factory(JMS_PORT);
                Connection partner = Jms.connect(factory, PARTNER)) {
            Session session = partner.createSession(false, Session.AUTO_ACKNOWLEDGE);
            TemporaryQueue replies = session.createTemporaryQueue();
            TextMessage request = session.createTextMessage("{\"phone\": \"" + phone + "\"}");
            request.setJMSReplyTo(replies);
            session.createProducer(session.createQueue(Jms.HELP_REQUESTS)).send(request);

            try (MessageConsumer consumer = session.createConsumer(replies)) {
                Message reply = consumer.receive(Duration.ofSeconds(60).toMillis());
                assertNotNull(reply, "a reply to the help request sent over JMS");
                assertEquals("CREATED", reply.getStringProperty("HelpdeskOutcome"));
                assertEquals(request.getJMSMessageID(), reply.getJMSCorrelationID());
            }
        }
        assertThrows(JMSSecurityException.class, () -> {
            try (ActiveMQConnectionFactory factory = Jms.factory(JMS_PORT)) {
                factory.createConnection().close();
            }
        }, "a client without the login is refused");
    }

    /** Once the module builds a .rar (not a placeholder), the EAR needs it: it is then mandatory. */
    private static boolean resourceAdapterModuleExists(Path repoRoot) throws IOException {
        Path pom = repoRoot.resolve("helpdesk-artemis-ra/pom.xml");
        return Files.exists(pom) && Files.readString(pom).contains("<packaging>rar</packaging>");
    }

    private static Path existing(String path) {
        Path file = Path.of(path).toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing: build it first (mvn install)");
        }
        return file;
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
