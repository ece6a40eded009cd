package org.helpdesk.interfaces.csv;

/** A text that is not CSV (RFC 4180) from some line on, or whose header is not the one expected. */
public class MalformedCsvException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;

    public MalformedCsvException(int line, String reason) {
        super("line " + line + ": " + reason);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
