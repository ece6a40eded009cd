package org.helpdesk.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;

/**
 * Payara's full log, in the data directory. Named in the logging configuration that the launcher hands Payara, so
 * java.util.logging creates it by class name (hence public, with no arguments); the path comes from the system
 * property {@value #FILE_PROPERTY}. Appends across restarts (the log of a crashed run is what one reads after it)
 * and rotates at {@value #LIMIT_BYTES} bytes, keeping {@value #FILES} files: the newest is {@code <file>.0}.
 */
public class ServerLogFile extends FileHandler {

    static final String FILE_PROPERTY = "helpdesk.launcher.log-file";
    private static final int LIMIT_BYTES = 20_000_000;
    private static final int FILES = 5;
    private static final String PAYARA_FORMAT = "com.sun.enterprise.server.logging.ODLLogFormatter";

    public ServerLogFile() throws IOException {
        super(pattern(), LIMIT_BYTES, FILES, true);
        setFormatter(payarasFormatOr(new ServerLogFormat()));
    }

    /**
     * Payara's own format (ODL), which also resolves its message keys ("AS-DEPLOYMENT-00015") into text. It lives in
     * Payara's class loader, which is the context class loader while Payara reads its logging configuration; failing
     * that, a plain format of our own.
     */
    private static Formatter payarasFormatOr(Formatter fallback) {
        ClassLoader payara = Thread.currentThread().getContextClassLoader();
        try {
            return (Formatter) Class.forName(PAYARA_FORMAT, true, payara).getConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError | ClassCastException notAvailable) {
            return fallback;
        }
    }

    /** The file written now, for the operator. */
    static Path current(Path file) {
        return Path.of(file + ".0");
    }

    private static String pattern() {
        // FileHandler reads % as a pattern escape; a directory name with % in it must stay literal.
        return System.getProperty(FILE_PROPERTY).replace("%", "%%") + ".%g";
    }
}
