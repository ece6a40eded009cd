package org.helpdesk.interfaces.csv;

/** A file beyond what one import takes (bytes or rows): the operator splits it. */
public class ImportTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ImportTooLargeException(String detail) {
        super(detail);
    }
}
