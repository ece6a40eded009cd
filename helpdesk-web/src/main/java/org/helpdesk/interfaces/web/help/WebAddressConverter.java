package org.helpdesk.interfaces.web.help;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.net.URI;
import java.net.URISyntaxException;
import org.helpdesk.request.PageUrlPolicy;

/**
 * Takes the {@code url} query parameter of {@code /help} only if it is an absolute http(s) address with a host:
 * anything else ({@code javascript:}, {@code data:}, garbage) becomes null, so it is neither shown, nor linked, nor
 * submitted, and the customer can still ask for help. The intake applies the full rules (allowed sites) on submit.
 */
@FacesConverter("helpdesk.WebAddress")
public class WebAddressConverter implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        return isWebAddress(value) ? value.strip() : null;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }

    static boolean isWebAddress(String value) {
        if (value == null || value.isBlank() || value.strip().length() > PageUrlPolicy.MAX_LENGTH) {
            return false;
        }
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme();
            return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                    && uri.getHost() != null && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
