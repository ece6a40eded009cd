package org.helpdesk.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The customer's sites whose pages may report visits from the browser ({@code helpdesk.site-origins},
 * {@code HELPDESK_SITE_ORIGINS}: origins such as {@code https://shop.example.com}, comma-separated). Empty (the
 * default): only Helpdesk's own pages, because without CORS permission a browser does not send another site's JSON.
 */
@ApplicationScoped
public class SiteOrigins {

    @Inject
    @ConfigProperty(name = "helpdesk.site-origins", defaultValue = " ")
    String configured;

    private Set<String> origins;

    /** Whether a page of this origin (the browser's {@code Origin} header) may call the visit endpoint. */
    public boolean allows(String origin) {
        return origin != null && origins().contains(normalised(origin));
    }

    /** Origins compare by scheme, host and port; a trailing slash or capitals in the setting do not matter. */
    static String normalised(String origin) {
        String text = origin.strip().toLowerCase(Locale.ROOT);
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    private Set<String> origins() {
        if (origins == null) {
            origins = Arrays.stream(configured.split(","))
                    .map(String::strip)
                    .filter(origin -> !origin.isEmpty())
                    .map(SiteOrigins::normalised)
                    .collect(Collectors.toUnmodifiableSet());
        }
        return origins;
    }
}
