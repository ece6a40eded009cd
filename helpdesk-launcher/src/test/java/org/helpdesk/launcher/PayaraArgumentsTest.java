package org.helpdesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PayaraArgumentsTest {

    private final PayaraArguments script = new PayaraArguments(List.of("--rootdir", "/data/payara-micro",
            "--prebootcommandfile", "/repo/bin/payara-preboot.asadmin",
            "--deploy", "/repo/helpdesk-artemis-ra/target/helpdesk-artemis-ra.rar",
            "--deploy", "/repo/helpdesk-web/target/helpdesk.war:/",
            "--port", "18080", "--nocluster", "--disablephonehome"));

    @Test
    void theArchivesAreDeployedInOrderUnderTheNamesPayaraGivesThem() {
        assertEquals(List.of(
                new Deployment(Path.of("/repo/helpdesk-artemis-ra/target/helpdesk-artemis-ra.rar"),
                        "helpdesk-artemis-ra", Optional.empty()),
                new Deployment(Path.of("/repo/helpdesk-web/target/helpdesk.war"), "helpdesk", Optional.of("/"))),
                script.deployments());
    }

    @Test
    void payaraBootsWithoutTheArchivesAndWithTheLauncherFiles() {
        assertEquals(List.of("--rootdir", "/data/payara-micro", "--port", "18080", "--nocluster",
                "--disablephonehome", "--prebootcommandfile", "/data/launcher/preboot.asadmin", "--logproperties",
                "/data/launcher/logging.properties"),
                List.of(script.with(Path.of("/data/launcher/preboot.asadmin"),
                        Path.of("/data/launcher/logging.properties"))));
    }

    @Test
    void theOperatorsPrebootFileAndPortAreRead() throws LaunchFailure {
        assertEquals(Optional.of(Path.of("/repo/bin/payara-preboot.asadmin")), script.prebootCommandFile());
        assertEquals(18080, script.httpPort());
    }

    @Test
    void aPortThatIsNoNumberIsRefusedInOneLine() {
        LaunchFailure refused = assertThrows(LaunchFailure.class,
                () -> new PayaraArguments(List.of("--port", "http")).httpPort());
        assertEquals("--port must be a port number, not 'http'", refused.getMessage());
    }
}
