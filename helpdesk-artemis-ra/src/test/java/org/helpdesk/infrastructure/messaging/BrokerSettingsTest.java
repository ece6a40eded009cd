package org.helpdesk.infrastructure.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BrokerSettingsTest {

    private static BrokerSettings settings(Map<String, String> environment, Map<String, String> properties) {
        return BrokerSettings.from(environment::get, properties::get);
    }

    @Test
    void withoutConfigurationAnEmbeddedBrokerListensOnLoopbackPort61616WithItsJournalUnderData() {
        BrokerSettings settings = settings(Map.of(), Map.of());

        assertTrue(settings.embedded());
        assertEquals("tcp://127.0.0.1:61616", settings.acceptorUrl());
        assertEquals(Path.of("data", "artemis").toAbsolutePath(), settings.journalDirectory());
        assertEquals(Path.of("data", "jms-intake-credentials.properties").toAbsolutePath(),
                settings.intakeCredentialsFile());
        assertEquals(Optional.empty(), settings.configuredCredentials());
    }

    @Test
    void environmentVariablesWinOverSystemProperties() {
        BrokerSettings settings = settings(
                Map.of("HELPDESK_JMS_PORT", "61716", "HELPDESK_DATA_DIR", "/var/lib/helpdesk"),
                Map.of("helpdesk.jms-port", "1", "helpdesk.data-dir", "/elsewhere"));

        assertEquals("tcp://127.0.0.1:61716", settings.acceptorUrl());
        assertEquals(Path.of("/var/lib/helpdesk/artemis"), settings.journalDirectory());
    }

    @Test
    void systemPropertiesApplyWhenTheEnvironmentSaysNothing() {
        BrokerSettings settings = settings(Map.of("HELPDESK_JMS_PORT", " "), Map.of("helpdesk.jms-port", "61800"));

        assertEquals("tcp://127.0.0.1:61800", settings.acceptorUrl());
    }

    @Test
    void anExternalBrokerUrlMeansNoEmbeddedBroker() {
        BrokerSettings settings = settings(Map.of("HELPDESK_JMS_URL", "tcp://artemis.example:61616",
                "HELPDESK_JMS_USER", "helpdesk"), Map.of());

        assertFalse(settings.embedded());
        assertEquals(Optional.of("tcp://artemis.example:61616"), settings.externalUrl());
        assertEquals(Optional.of("helpdesk"), settings.user());
    }

    @Test
    void configuredCredentialsAreTheEmbeddedBrokersIntakeLogin() {
        BrokerSettings settings = settings(Map.of("HELPDESK_JMS_USER", "partner"),
                Map.of("helpdesk.jms-password", "chosen-by-the-operator"));

        assertTrue(settings.embedded());
        assertEquals(Optional.of(new Credentials("partner", "chosen-by-the-operator")),
                settings.configuredCredentials());
    }

    @Test
    void aUserWithoutAPasswordIsRefusedNamingWhatIsMissing() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> settings(Map.of("HELPDESK_JMS_USER", "partner"), Map.of()));

        assertTrue(refused.getMessage().startsWith("HELPDESK_JMS_PASSWORD"), refused.getMessage());
    }

    @Test
    void aPortThatIsNotAPortIsRefusedByName() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> settings(Map.of("HELPDESK_JMS_PORT", "70000"), Map.of()));

        assertTrue(refused.getMessage().contains("HELPDESK_JMS_PORT"));
    }
}
