package org.helpdesk.request;

import java.net.URI;
import java.util.Objects;

/**
 * The address of the page a customer asked for help from. Always an absolute {@code http} or {@code https} URL, so
 * that an agent's browser can open it without running anything. Made by {@link PageUrlPolicy}.
 */
public final class PageUrl {

    private final String value;

    private PageUrl(String value) {
        this.value = value;
    }

    /** Rebuilds a URL that was validated before (from the database). */
    static PageUrl trusted(String value) {
        return new PageUrl(value);
    }

    public static PageUrl ofStored(String value) {
        URI uri = URI.create(value);
        if (!PageUrlPolicy.isWebScheme(uri.getScheme())) {
            throw new IllegalArgumentException("stored page URL is not http(s)");
        }
        return new PageUrl(value);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PageUrl url && url.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
