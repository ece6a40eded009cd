package org.helpdesk.queue;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.helpdesk.request.Violation;

/**
 * Queue settings an operator gave that cannot be used. Names each offending field as the REST API calls it
 * ({@code maxAttempts}, {@code businessHours}, ...), with the reason in words an operator can act on.
 */
@ApplicationException(rollback = true)
public class InvalidQueueSettingsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<Violation> violations;

    public InvalidQueueSettingsException(String field, String reason) {
        this(List.of(new Violation(field, reason)));
    }

    public InvalidQueueSettingsException(List<Violation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.reason()).reduce((a, b) -> a + "; " + b)
                .orElseThrow(() -> new IllegalArgumentException("invalid settings need at least one violation")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
