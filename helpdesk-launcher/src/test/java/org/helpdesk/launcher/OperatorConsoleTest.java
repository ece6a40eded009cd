package org.helpdesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class OperatorConsoleTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final OperatorConsole console = new OperatorConsole(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    private static LogRecord record(Level level, String logger, String message) {
        LogRecord record = new LogRecord(level, message);
        record.setLoggerName(logger);
        return record;
    }

    @Test
    void payarasChatterStaysInTheLogFile() {
        console.publish(record(Level.INFO, "javax.enterprise.system.core", "helpdesk was successfully deployed"));
        console.publish(record(Level.WARNING, "javax.enterprise.system.tools.deployment.dol", "AS-DEPLOYMENT-00015"));
        assertEquals("", out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theGeneratedAdminPasswordReachesTheOperator() {
        console.publish(record(Level.WARNING, "org.helpdesk.account.AdminBootstrap",
                "Opened the account 'admin' with the generated password abc"));
        assertEquals("helpdesk: Opened the account 'admin' with the generated password abc" + System.lineSeparator(),
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anErrorIsOneLineWithItsRootCauseNeverAStackTrace() {
        LogRecord severe = record(Level.SEVERE, "javax.enterprise.system.core", "Exception while loading the app\n"
                + "more detail");
        severe.setThrown(new IllegalStateException("outer", new IllegalArgumentException("the password is short")));
        console.publish(severe);
        assertEquals("helpdesk: error: Exception while loading the app (the password is short)"
                + System.lineSeparator(), err.toString(StandardCharsets.UTF_8));
    }
}
