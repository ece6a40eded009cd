package org.helpdesk.interfaces.json;

/**
 * A body that is not the one JSON object {@link JsonBodies} accepts. The detail says what is wrong in words a
 * developer reads ("the body must be a JSON object, not a number"); it never quotes the parser's own message.
 */
public class MalformedJsonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    /** @param field the top-level field whose value is at fault, or null when the body as a whole is */
    public MalformedJsonException(String detail, String field) {
        super(detail, null, false, false);
        this.field = field;
    }

    /** The top-level field whose value is at fault (a too deep or too long value, a name given twice), or null. */
    public String field() {
        return field;
    }

    public String detail() {
        return getMessage();
    }
}
