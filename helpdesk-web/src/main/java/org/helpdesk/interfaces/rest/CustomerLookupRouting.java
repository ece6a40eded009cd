package org.helpdesk.interfaces.rest;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.regex.Pattern;

/**
 * Sends {@code GET /api/customers?phone=...} (the caller-ID look-up) to {@code /api/customers/lookup}. JAX-RS
 * chooses a method by path, never by query, and the look-up is for agents while the list of all customers is for
 * supervisors: two methods, so that each can carry its own roles.
 */
@Provider
@PreMatching
public class CustomerLookupRouting implements ContainerRequestFilter {

    private static final Pattern CUSTOMERS = Pattern.compile("/?customers/?");

    @Override
    public void filter(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        if (HttpMethod.GET.equals(request.getMethod()) && CUSTOMERS.matcher(uri.getPath()).matches()
                && uri.getQueryParameters().containsKey("phone")) {
            // the raw query as the client encoded it: a "+" stays a "+" for the look-up to read
            request.setRequestUri(uri.getBaseUri(),
                    URI.create(uri.getBaseUri() + "customers/lookup?" + uri.getRequestUri().getRawQuery()));
        }
    }
}
