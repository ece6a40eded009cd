package org.helpdesk.customer;

import java.util.List;
import org.helpdesk.request.InvalidFieldsException;
import org.helpdesk.request.Violation;

/**
 * A customer record that cannot be stored, naming each offending field as the API calls it ({@code name},
 * {@code phones}, ...) so that the operator is pointed at it.
 */
public class InvalidCustomerException extends InvalidFieldsException {

    private static final long serialVersionUID = 1L;

    public InvalidCustomerException(String field, String reason) {
        this(List.of(new Violation(field, reason)));
    }

    public InvalidCustomerException(List<Violation> violations) {
        super(violations);
    }

    @Override
    public String title() {
        return "The customer has invalid fields";
    }
}
