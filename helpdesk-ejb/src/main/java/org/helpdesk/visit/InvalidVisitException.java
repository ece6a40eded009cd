package org.helpdesk.visit;

import java.util.List;
import org.helpdesk.request.InvalidFieldsException;
import org.helpdesk.request.Violation;

/** A page view or a visitor's identification that cannot be taken, naming each bad field. */
public class InvalidVisitException extends InvalidFieldsException {

    private static final long serialVersionUID = 1L;

    public InvalidVisitException(List<Violation> violations) {
        super(violations);
    }

    @Override
    public String title() {
        return "The visit has invalid fields";
    }
}
