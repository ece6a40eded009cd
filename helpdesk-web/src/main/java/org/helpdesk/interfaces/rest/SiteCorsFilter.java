package org.helpdesk.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * CORS for {@link SiteCors} endpoints: a page of one of the {@link SiteOrigins} is allowed to send JSON and read the
 * answer (errors included, so that its script can see a 400 or 429). Every other origin gets no permission, and the
 * browser then refuses to send the request: JSON needs a preflight that only listed origins pass. No credentials
 * are ever allowed: the endpoints are public and cookies are never wanted.
 */
@Provider
@SiteCors
public class SiteCorsFilter implements ContainerResponseFilter {

    @Inject
    private SiteOrigins origins;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        // caches must keep answers for different origins apart
        headers.add("Vary", "Origin");
        String origin = request.getHeaderString("Origin");
        if (!origins.allows(origin)) {
            return;
        }
        headers.putSingle("Access-Control-Allow-Origin", origin);
        if ("OPTIONS".equals(request.getMethod())) {
            headers.putSingle("Access-Control-Allow-Methods", "POST");
            headers.putSingle("Access-Control-Allow-Headers", "Content-Type");
            headers.putSingle("Access-Control-Max-Age", "600");
        }
    }
}
