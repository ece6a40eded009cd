package org.helpdesk.queue;

import java.util.List;
import org.helpdesk.request.InvalidFieldsException;
import org.helpdesk.request.Violation;

/**
 * Queue settings an operator gave that cannot be used, naming each offending field as the REST API calls it
 * ({@code maxAttempts}, {@code businessHours}, ...), with the reason in words an operator can act on.
 */
public class InvalidQueueSettingsException extends InvalidFieldsException {

    private static final long serialVersionUID = 1L;

    public InvalidQueueSettingsException(String field, String reason) {
        this(List.of(new Violation(field, reason)));
    }

    public InvalidQueueSettingsException(List<Violation> violations) {
        super(violations);
    }

    @Override
    public String title() {
        return "The queue settings have invalid fields";
    }
}
