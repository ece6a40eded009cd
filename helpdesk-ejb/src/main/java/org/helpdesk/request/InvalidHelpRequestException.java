package org.helpdesk.request;

import java.util.List;

/**
 * Customer-supplied values that cannot become a help request, named as the channels call them ({@code phone},
 * {@code pageUrl}, ...).
 */
public class InvalidHelpRequestException extends InvalidFieldsException {

    private static final long serialVersionUID = 1L;

    public InvalidHelpRequestException(String field, String reason) {
        this(List.of(new Violation(field, reason)));
    }

    public InvalidHelpRequestException(List<Violation> violations) {
        super(violations);
    }

    @Override
    public String title() {
        return "The help request has invalid fields";
    }
}
