package org.helpdesk.interfaces.web.help;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The customer pages' texts for beans: the bundle registered as {@code text} in faces-config.xml, in the view's
 * locale. Pages use {@code #{text[...]}} directly.
 */
final class HelpTexts {

    private HelpTexts() {
    }

    static String format(FacesContext faces, String key, Object... arguments) {
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "text");
        Locale locale = faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    static FacesMessage message(FacesContext faces, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = format(faces, key, arguments);
        return new FacesMessage(severity, text, text);
    }

    /** A global message that survives the redirect of Post-Redirect-Get. */
    static void flash(FacesContext faces, FacesMessage.Severity severity, String key, Object... arguments) {
        faces.addMessage(null, message(faces, severity, key, arguments));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
