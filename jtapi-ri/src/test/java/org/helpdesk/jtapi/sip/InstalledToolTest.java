package org.helpdesk.jtapi.sip;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class InstalledToolTest {

    @Test
    void aMissingProgramFailsTheTestNamingThePackageInsteadOfSkippingIt() {
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> InstalledTool.require(Path.of("/usr/bin/no-such-sip-phone"), "sip-tester"));

        assertTrue(failure.getMessage().contains("apt-get install -y --no-install-recommends sip-tester"),
                failure.getMessage());
    }

    @Test
    void anInstalledProgramPasses() {
        assertDoesNotThrow(() -> InstalledTool.require(Path.of("/bin/sh"), "dash"));
    }
}
