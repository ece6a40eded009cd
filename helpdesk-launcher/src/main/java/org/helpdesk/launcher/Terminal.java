package org.helpdesk.launcher;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The operator's terminal, kept for the launcher's own lines, while {@code System.out} and {@code System.err} go to
 * the log: parts of Payara print straight to them (e.g. "JdbcRuntimeExtension, getAllSystemRAResourcesAndPools =
 * ..." on every start), past any logging configuration.
 */
final class Terminal {

    private static volatile PrintStream out = System.out;
    private static volatile PrintStream err = System.err;

    private Terminal() {
    }

    /** Takes the standard streams for the terminal and sends whatever else prints to them to the log. */
    static synchronized void claim() {
        if (System.out instanceof ToLog) {
            return;
        }
        out = System.out;
        err = System.err;
        Charset charset = Charset.defaultCharset();
        System.setOut(new ToLog(Logger.getLogger("System.out"), Level.INFO, charset));
        System.setErr(new ToLog(Logger.getLogger("System.err"), Level.WARNING, charset));
    }

    static PrintStream out() {
        return out;
    }

    static PrintStream err() {
        return err;
    }

    /** A print stream that logs each line it is given. */
    private static final class ToLog extends PrintStream {

        ToLog(Logger logger, Level level, Charset charset) {
            super(new LineLogger(logger, level, charset), true, charset);
        }
    }

    private static final class LineLogger extends OutputStream {

        /** java.util.logging itself reports a failing handler on System.err: never log that into the log again. */
        private static final ThreadLocal<Boolean> LOGGING = ThreadLocal.withInitial(() -> false);

        private final Logger logger;
        private final Level level;
        private final Charset charset;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LineLogger(Logger logger, Level level, Charset charset) {
            this.logger = logger;
            this.level = level;
            this.charset = charset;
        }

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                emit();
            } else {
                line.write(b);
            }
        }

        @Override
        public synchronized void flush() {
            // Lines are logged whole; a partial line waits for its end.
        }

        private void emit() {
            String text = line.toString(charset).stripTrailing();
            line.reset();
            if (text.isEmpty()) {
                return;
            }
            if (LOGGING.get()) {
                err.println(text);
                return;
            }
            LOGGING.set(true);
            try {
                logger.log(level, text);
            } finally {
                LOGGING.set(false);
            }
        }
    }
}
