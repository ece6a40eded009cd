package org.helpdesk.launcher;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/** One line per record (plus the stack trace, if any): time, level, logger, thread, message. */
final class ServerLogFormat extends Formatter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME
            .withZone(ZoneId.systemDefault());

    @Override
    public String format(LogRecord record) {
        StringBuilder line = new StringBuilder(200)
                .append('[').append(TIME.format(Instant.ofEpochMilli(record.getMillis()))).append("] [")
                .append(record.getLevel().getName()).append("] [").append(record.getLoggerName())
                .append("] [tid ").append(record.getLongThreadID()).append("] ")
                .append(formatMessage(record)).append(System.lineSeparator());
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            line.append(trace);
        }
        return line.toString();
    }
}
