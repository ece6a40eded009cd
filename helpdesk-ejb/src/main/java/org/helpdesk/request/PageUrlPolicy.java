package org.helpdesk.request;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which page addresses we store and later show to agents. Only absolute web URLs: {@code javascript:},
 * {@code data:} and their kind would run in the agent's browser. Optionally only the company's own sites.
 */
public final class PageUrlPolicy {

    public static final int MAX_LENGTH = 2048;

    private final Set<String> allowedHosts;

    /** @param allowedHosts host names (a leading {@code .} allows subdomains); empty allows every host */
    public PageUrlPolicy(Set<String> allowedHosts) {
        this.allowedHosts = allowedHosts.stream()
                .map(host -> host.trim().toLowerCase(Locale.ROOT))
                .filter(host -> !host.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    static boolean isWebScheme(String scheme) {
        return "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
    }

    public PageUrl accept(String field, String raw) {
        String text = raw.strip();
        if (text.length() > MAX_LENGTH) {
            throw new InvalidHelpRequestException(field, "is longer than " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new InvalidHelpRequestException(field, "is not a valid URL");
        }
        if (!isWebScheme(uri.getScheme())) {
            throw new InvalidHelpRequestException(field, "must be an http or https address");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new InvalidHelpRequestException(field, "must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidHelpRequestException(field, "must not carry a user name or password");
        }
        if (!allowedHosts.isEmpty() && !isAllowed(host.toLowerCase(Locale.ROOT))) {
            throw new InvalidHelpRequestException(field, "is not a page of this site");
        }
        return PageUrl.trusted(text);
    }

    private boolean isAllowed(String host) {
        for (String allowed : allowedHosts) {
            if (allowed.startsWith(".") ? host.endsWith(allowed) || host.equals(allowed.substring(1))
                    : host.equals(allowed)) {
                return true;
            }
        }
        return false;
    }
}
