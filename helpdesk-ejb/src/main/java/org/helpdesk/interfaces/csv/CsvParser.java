package org.helpdesk.interfaces.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 writes it: comma-separated fields, fields in double quotes may hold commas, line breaks and
 * quotes (written twice: {@code ""}). Lines may end in CRLF, LF or CR (spreadsheets on every system write them).
 * Empty lines are skipped. Field text is kept as written, spaces included; the caller decides what they mean.
 *
 * <p>A quote where RFC 4180 allows none (inside an unquoted field, or text after a closing quote) makes the rest of
 * the text ambiguous, so it fails the whole text with its line number instead of guessing.
 */
public final class CsvParser {

    private final String text;
    private int position;
    private int line = 1;

    private CsvParser(String text) {
        this.text = text;
    }

    /**
     * Reads at most {@code limit} records; a caller that accepts {@code n} asks for {@code n + 1} to tell a longer
     * text.
     */
    public static List<CsvRecord> parse(String text, int limit) {
        return new CsvParser(text).records(limit);
    }

    private List<CsvRecord> records(int limit) {
        List<CsvRecord> records = new ArrayList<>();
        while (position < text.length() && records.size() < limit) {
            int start = line;
            if (atLineEnd()) {
                skipLineEnd();
                continue;
            }
            records.add(new CsvRecord(start, record()));
        }
        return records;
    }

    private List<String> record() {
        List<String> fields = new ArrayList<>();
        while (true) {
            fields.add(peek() == '"' ? quoted() : unquoted());
            if (position >= text.length()) {
                return fields;
            }
            if (peek() == ',') {
                position++;
            } else {
                skipLineEnd();
                return fields;
            }
        }
    }

    private String quoted() {
        int start = line;
        StringBuilder field = new StringBuilder();
        position++;
        while (true) {
            if (position >= text.length()) {
                throw new MalformedCsvException(start, "a quoted field is not closed");
            }
            char c = text.charAt(position++);
            if (c == '"') {
                if (peek() != '"') {
                    break;
                }
                field.append('"');
                position++;
            } else {
                field.append(c);
                if (c == '\n' || c == '\r' && peek() != '\n') {
                    line++;
                }
            }
        }
        if (position < text.length() && peek() != ',' && !atLineEnd()) {
            throw new MalformedCsvException(line, "text after a closing quote (a quote inside a quoted field is"
                    + " written twice: \"\")");
        }
        return field.toString();
    }

    private String unquoted() {
        int start = position;
        while (position < text.length() && peek() != ',' && !atLineEnd()) {
            if (peek() == '"') {
                throw new MalformedCsvException(line, "a quote inside an unquoted field (quote the whole field and"
                        + " write the quote twice: \"\")");
            }
            position++;
        }
        return text.substring(start, position);
    }

    private boolean atLineEnd() {
        char c = peek();
        return c == '\n' || c == '\r';
    }

    private void skipLineEnd() {
        if (peek() == '\r') {
            position++;
        }
        if (peek() == '\n') {
            position++;
        }
        line++;
    }

    /** The next character, or 0 at the end. */
    private char peek() {
        return position < text.length() ? text.charAt(position) : 0;
    }
}
