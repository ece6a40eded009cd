package org.helpdesk.interfaces.json;

/** A body longer than {@link JsonBodies#MAX_LENGTH}: refused before it is parsed. */
public class JsonTooLargeException extends MalformedJsonException {

    private static final long serialVersionUID = 1L;

    public JsonTooLargeException() {
        super("the body is longer than " + JsonBodies.MAX_LENGTH / 1024 + " KiB", null);
    }
}
