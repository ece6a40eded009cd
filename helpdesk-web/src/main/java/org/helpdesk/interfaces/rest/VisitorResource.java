package org.helpdesk.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.helpdesk.interfaces.json.JsonFields;
import org.helpdesk.request.Violation;
import org.helpdesk.visit.InvalidVisitException;
import org.helpdesk.visit.Visits;

/**
 * {@code /api/visitors/{visitorId}/phone}: the customer's site (its backend, never the browser) reports that the
 * visitor with this id logged in as the owner of this number. {@code ADMIN}, because it decides whose page an agent
 * sees when that number calls: give the site's backend an account of its own.
 */
@Path("visitors")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class VisitorResource {

    @Inject
    private Visits visits;

    /** {@code {"phone": "..."}}; {@code 204}. The latest number reported for a visitor wins. */
    @PUT
    @Path("{visitorId}/phone")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response loggedIn(@PathParam("visitorId") String visitorId, JsonObject fields) {
        List<Violation> unknown = JsonFields.unknown(fields, Set.of("phone"), "a visitor's number");
        if (!unknown.isEmpty()) {
            throw new InvalidVisitException(unknown);
        }
        JsonValue phone = fields.get("phone");
        if (phone != null && phone.getValueType() != JsonValue.ValueType.STRING
                && phone.getValueType() != JsonValue.ValueType.NULL) {
            throw new InvalidVisitException(List.of(new Violation("phone", "must be a string")));
        }
        visits.loggedIn(visitorId, VisitResource.text(fields, "phone"));
        return Response.noContent().build();
    }
}
