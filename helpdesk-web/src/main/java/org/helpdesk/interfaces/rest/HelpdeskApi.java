package org.helpdesk.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The REST API, under {@code /api}. The README's "REST API" section documents every resource. Operator resources
 * say who may call them with {@code @RolesAllowed}; without the annotation a resource is public (the customer
 * endpoints).
 */
@ApplicationPath("api")
public class HelpdeskApi extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // Jersey's enforcement of @RolesAllowed: 401 without credentials, 403 with the wrong role.
        return Map.of("jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
    }
}
