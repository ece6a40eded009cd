package org.helpdesk.launcher;

import java.io.PrintStream;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

/**
 * What of the log reaches the terminal: errors ({@code SEVERE}, one line each: the full record is in the log file)
 * and the few records written for the operator: the generated admin password and the generated broker logins.
 * Everything else, Payara's ~600 lines of start-up included, goes to the log file only.
 *
 * <p>Named in the logging configuration the launcher hands Payara, so java.util.logging creates it by class name
 * (hence public, with no arguments).
 */
public class OperatorConsole extends Handler {

    /** Loggers whose records are addressed to the operator; each logs only at start-up, and only what is new. */
    static final Set<String> OPERATOR_LOGGERS = Set.of(
            "org.helpdesk.account.AdminBootstrap",
            "org.helpdesk.infrastructure.messaging.CredentialsFile");

    private final PrintStream out;
    private final PrintStream err;
    private final SimpleFormatter messages = new SimpleFormatter();

    public OperatorConsole() {
        this(Terminal.out(), Terminal.err());
    }

    OperatorConsole(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public void publish(LogRecord record) {
        if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
            err.println("helpdesk: error: " + firstLine(messages.formatMessage(record)) + cause(record.getThrown()));
        } else if (OPERATOR_LOGGERS.contains(record.getLoggerName())
                && record.getLevel().intValue() >= Level.INFO.intValue()) {
            out.println("helpdesk: " + firstLine(messages.formatMessage(record)));
        }
    }

    private static String cause(Throwable thrown) {
        if (thrown == null) {
            return "";
        }
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return " (" + firstLine(String.valueOf(root.getMessage())) + ")";
    }

    private static String firstLine(String text) {
        String trimmed = text.strip();
        int end = trimmed.indexOf('\n');
        return end < 0 ? trimmed : trimmed.substring(0, end).strip();
    }

    @Override
    public void flush() {
        out.flush();
        err.flush();
    }

    @Override
    public void close() {
        flush();
    }
}
