package org.helpdesk.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * An anonymous call to an operator endpoint is told to log in ({@code 401} with a Basic challenge), before any role
 * is checked: otherwise which of the server's role checks answers first decides between 401 and 403.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class LoginRequired implements ContainerRequestFilter {

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() == null && needsRole()) {
            throw new NotAuthorizedException("login required");
        }
    }

    private boolean needsRole() {
        return resource.getResourceMethod() != null
                && (resource.getResourceMethod().isAnnotationPresent(RolesAllowed.class)
                        || resource.getResourceClass().isAnnotationPresent(RolesAllowed.class));
    }
}
