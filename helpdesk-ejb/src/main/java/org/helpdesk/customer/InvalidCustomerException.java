package org.helpdesk.customer;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.helpdesk.request.Violation;

/**
 * A customer record that cannot be stored. Names each offending field as the API calls it ({@code name},
 * {@code phones}, ...) so that the operator is pointed at it. (Not an {@code InvalidHelpRequestException}: no help
 * request is involved, and the API words the problem for customers.)
 */
@ApplicationException(rollback = true)
public class InvalidCustomerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<Violation> violations;

    public InvalidCustomerException(String field, String reason) {
        this(List.of(new Violation(field, reason)));
    }

    public InvalidCustomerException(List<Violation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The first offending field. */
    public String field() {
        return violations.get(0).field();
    }

    private static String describe(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid customer needs at least one violation");
        }
        StringBuilder text = new StringBuilder();
        for (Violation violation : violations) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(violation.field()).append(": ").append(violation.reason());
        }
        return text.toString();
    }
}
