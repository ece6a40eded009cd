package org.helpdesk.infrastructure.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsFileTest {

    @TempDir
    Path data;

    @Test
    void aLoginIsGeneratedOnceIntoAFileOnlyItsOwnerCanReadAndReadFromItAfterThat() throws IOException {
        Path file = data.resolve("sub/jms-intake-credentials.properties");

        Credentials first = CredentialsFile.readOrGenerate(file, "helpdesk-intake", "for the test");
        Credentials again = CredentialsFile.readOrGenerate(file, "helpdesk-intake", "for the test");

        assertEquals(first, again, "the same login after a restart");
        assertEquals("helpdesk-intake", first.user());
        assertTrue(first.password().length() >= 32, first.password());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        Properties written = new Properties();
        try (var reader = Files.newBufferedReader(file)) {
            written.load(reader);
        }
        assertEquals(first.password(), written.getProperty("password"), "a script can read the password from it");
    }

    @Test
    void deletingTheFileRotatesTheLogin() throws IOException {
        Path file = data.resolve("jms-intake-credentials.properties");
        Credentials first = CredentialsFile.readOrGenerate(file, "helpdesk-intake", "for the test");

        Files.delete(file);
        Credentials rotated = CredentialsFile.readOrGenerate(file, "helpdesk-intake", "for the test");

        assertNotEquals(first.password(), rotated.password());
    }

    @Test
    void aFileOthersCouldReadIsMadeOwnerOnly() throws IOException {
        Path file = data.resolve("jms-intake-credentials.properties");
        Files.writeString(file, "user=partner\npassword=chosen-by-the-operator\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        Credentials read = CredentialsFile.readOrGenerate(file, "helpdesk-intake", "for the test");

        assertEquals(new Credentials("partner", "chosen-by-the-operator"), read, "an edited file is respected");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aFileWithoutAPasswordIsRefusedNamingTheFile() throws IOException {
        Path file = data.resolve("jms-intake-credentials.properties");
        Files.writeString(file, "user=partner\n");

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> CredentialsFile.readOrGenerate(file, "helpdesk-intake", "for the test"));

        assertTrue(refused.getMessage().contains(file.toString()), refused.getMessage());
    }

    @Test
    void thePasswordNeverAppearsInALogLine() {
        Credentials credentials = new Credentials("helpdesk-intake", "s3cret-s3cret");

        assertFalse(credentials.toString().contains("s3cret"), credentials.toString());
    }

    @Test
    void aConfiguredIntakeLoginIsUsedAndNoIntakeFileIsWritten() {
        BrokerSettings settings = new BrokerSettings(Optional.empty(), 61616, data, Optional.of("partner"),
                Optional.of("chosen-by-the-operator"));

        BrokerSecurity security = BrokerSecurity.of(settings);

        assertEquals(new Credentials("partner", "chosen-by-the-operator"), security.intake());
        assertTrue(security.intakeConfigured());
        assertFalse(Files.exists(settings.intakeCredentialsFile()));
        assertTrue(Files.exists(settings.operatorCredentialsFile()), "the operators' login is generated anyway");
    }

    @Test
    void theIntakeLoginCannotTakeTheNameOfHelpdesksOwnLogin() {
        BrokerSettings settings = new BrokerSettings(Optional.empty(), 61616, data,
                Optional.of(BrokerSecurity.INTERNAL_USER), Optional.of("chosen-by-the-operator"));

        assertThrows(IllegalArgumentException.class, () -> BrokerSecurity.of(settings));
    }
}
