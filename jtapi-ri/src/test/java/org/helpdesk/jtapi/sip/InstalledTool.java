package org.helpdesk.jtapi.sip;

import java.nio.file.Files;
import java.nio.file.Path;
import org.opentest4j.AssertionFailedError;

/**
 * The programs the tests talk to (SIP phones, browsers) come from Debian's packages. A missing one fails the test
 * with the package to install, in CI and on a developer's machine alike: a test that skipped instead would let a
 * build pass with no telephony or browser coverage at all.
 */
public final class InstalledTool {

    private InstalledTool() {
    }

    /** Fails unless {@code program} is installed and executable; {@code packages}: the Debian packages that bring it. */
    public static void require(Path program, String packages) {
        if (!Files.isExecutable(program)) {
            throw new AssertionFailedError(program + " is not installed: apt-get install -y --no-install-recommends "
                    + packages + " (.ci/run installs what the tests need)");
        }
    }
}
