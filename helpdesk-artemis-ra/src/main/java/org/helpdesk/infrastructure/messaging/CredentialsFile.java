package org.helpdesk.infrastructure.messaging;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;

/**
 * A login of the embedded broker, generated once into a file of the data directory and read from it at every start
 * after that, so that the systems which were given it keep working across restarts. The file is readable and
 * writable by its owner only (on POSIX file systems): whoever can read it can submit help requests. Deleting it
 * rotates the login at the next start.
 *
 * <p>The format is Java properties, {@code user=...} and {@code password=...}, so that a script can source the
 * values and an operator can read them.
 */
final class CredentialsFile {

    private static final Logger LOG = Logger.getLogger(CredentialsFile.class.getName());
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private CredentialsFile() {
    }

    /**
     * @param user the user name a generated login gets
     * @param purpose one line on what the login is for, written at the top of a generated file
     */
    static Credentials readOrGenerate(Path file, String user, String purpose) {
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            Credentials generated = Credentials.generate(user);
            write(file, generated, purpose);
            LOG.info(() -> "Generated the broker login " + generated.user() + " into " + file
                    + " (readable by its owner only): " + purpose);
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the broker login file " + file, e);
        }
    }

    private static Credentials read(Path file) throws IOException {
        ownerOnly(file);
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        String user = properties.getProperty("user", "").strip();
        String password = properties.getProperty("password", "").strip();
        if (user.isEmpty() || password.isEmpty()) {
            throw new IllegalStateException(file + " must hold user=... and password=...; delete it to have a new"
                    + " login generated at the next start");
        }
        return new Credentials(user, password);
    }

    /** Written to a temporary file that is owner-only from its creation, then moved: never half a file. */
    private static void write(Path file, Credentials credentials, String purpose) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        if (posix()) {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        }
        String text = "# " + purpose + "\n"
                + "# Generated once by Helpdesk; readable by its owner only. To rotate: delete this file and restart.\n"
                + "user=" + credentials.user() + "\n"
                + "password=" + credentials.password() + "\n";
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** A login file that others can read is a login that others have: tightened, and said so. */
    private static void ownerOnly(Path file) throws IOException {
        if (!posix()) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        if (!OWNER_ONLY.containsAll(permissions)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
            LOG.warning(() -> file + " was " + PosixFilePermissions.toString(permissions)
                    + ": made readable by its owner only; consider rotating the login it holds (delete the file"
                    + " and restart)");
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
