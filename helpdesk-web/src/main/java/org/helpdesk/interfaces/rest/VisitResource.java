package org.helpdesk.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.helpdesk.interfaces.json.JsonFields;
import org.helpdesk.interfaces.http.ClientAddress;
import org.helpdesk.request.Violation;
import org.helpdesk.visit.InvalidVisitException;
import org.helpdesk.visit.Visits;

/**
 * {@code /api/visits}: the pages of the customer's site report what the visitor reads, {@code {visitorId, url,
 * title}}. Public (browsers call it), rate-limited per client address, and allowed cross-origin for the configured
 * site origins only ({@link SiteCors}).
 */
@Path("visits")
@RequestScoped
@SiteCors
@Produces(MediaType.APPLICATION_JSON)
public class VisitResource {

    private static final List<String> TEXT_FIELDS = List.of("visitorId", "url", "title");

    @Inject
    private Visits visits;

    @Inject
    private ClientAddress clientAddress;

    @Context
    private HttpServletRequest http;

    /** {@code 204}: the page is the visitor's current one. Nothing to read back: the browser needs no answer. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response viewed(JsonObject fields) {
        List<Violation> wrongTypes = new ArrayList<>(JsonFields.unknown(fields, Set.copyOf(TEXT_FIELDS),
                "a page view"));
        for (String field : TEXT_FIELDS) {
            JsonValue value = fields.get(field);
            if (value != null && value.getValueType() != JsonValue.ValueType.STRING
                    && value.getValueType() != JsonValue.ValueType.NULL) {
                wrongTypes.add(new Violation(field, "must be a string"));
            }
        }
        if (!wrongTypes.isEmpty()) {
            throw new InvalidVisitException(wrongTypes);
        }
        visits.pageViewed(text(fields, "visitorId"), text(fields, "url"), text(fields, "title"),
                clientAddress.of(http));
        return Response.noContent().build();
    }

    /** The browser's CORS preflight; {@link SiteCorsFilter} says whether the origin may go on. */
    @OPTIONS
    public Response preflight() {
        return Response.noContent().build();
    }

    static String text(JsonObject json, String field) {
        return json.get(field) instanceof JsonString string ? string.getString() : null;
    }
}
