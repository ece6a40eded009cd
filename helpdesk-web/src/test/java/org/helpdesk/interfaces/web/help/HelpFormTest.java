package org.helpdesk.interfaces.web.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.helpdesk.request.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which text the form shows for a refusal is decided by the field, never by the words of the reason. */
class HelpFormTest {

    private static final List<String> REASONS = List.of("is required", "must be a string",
            "we do not call numbers in GB", "Is Written Oddly");

    @ParameterizedTest
    @ValueSource(strings = {"phone", "name", "pageUrl", "pageTitle", "preferredTime", "note"})
    void aRefusalOfAnInputIsWordedWithThatInputsLabelWhateverItsReasonSays(String field) {
        for (String reason : REASONS) {
            assertEquals("help.violation." + field, HelpForm.messageKey(new Violation(field, reason)), reason);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"queue", "visitorId"})
    void aRefusalTheCustomerCannotCorrectInTheFormBlamesTheLink(String field) {
        for (String reason : REASONS) {
            assertEquals("help.violation.other", HelpForm.messageKey(new Violation(field, reason)), reason);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"phone", "name", "pageUrl", "pageTitle", "preferredTime", "note", "queue"})
    void everyRefusalTextExistsAndShowsTheReason(String field) {
        ResourceBundle texts = ResourceBundle.getBundle("org.helpdesk.interfaces.web.help.messages", Locale.ENGLISH);
        String pattern = texts.getString(HelpForm.messageKey(new Violation(field, "is required")));

        assertTrue(pattern.contains("{0}"), pattern);
    }
}
