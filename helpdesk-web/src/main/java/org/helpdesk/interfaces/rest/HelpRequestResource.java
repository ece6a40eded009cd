package org.helpdesk.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.helpdesk.interfaces.http.ClientAddress;
import org.helpdesk.interfaces.json.HelpRequestJson;
import org.helpdesk.intake.HelpRequestIntake;
import org.helpdesk.queue.HelpRequestView;
import org.helpdesk.intake.SubmissionOutcome;
import org.helpdesk.request.CustomerSecrets;
import org.helpdesk.request.IdempotencyKey;
import org.helpdesk.request.InvalidHelpRequestException;
import org.helpdesk.request.RequestSource;

/** {@code /api/help-requests}: customers' requests to be called, submitted, looked at and cancelled. */
@Path("help-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HelpRequestResource {

    @EJB
    private HelpRequestIntake intake;

    @EJB
    private CustomerSecrets customerSecrets;

    @Context
    private HttpServletRequest http;

    @Inject
    private ClientAddress clientAddress;

    @Context
    private UriInfo uriInfo;

    /**
     * Accepts a help request. {@code 201} with the new request, or {@code 200} with {@code "duplicate": true} and the
     * customer's request that is already open in that queue. With an {@code Idempotency-Key}, a retry gets the first
     * answer again. Only the submitter (a {@code 201}, or its replay) gets the request's {@code customerSecret}:
     * a duplicate answer goes to whoever knows the number, who must not get into another's voice or co-browsing.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(JsonObject fields, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > IdempotencyKey.MAX_LENGTH)) {
            throw new InvalidHelpRequestException("Idempotency-Key",
                    "must be 1 to " + IdempotencyKey.MAX_LENGTH + " characters");
        }
        SubmissionOutcome outcome = intake.submit(
                HelpRequestJson.submission(fields, RequestSource.REST, idempotencyKey, clientAddress.of(http)));
        HelpRequestView request = outcome.request();
        var json = HelpRequestJson.of(request).add("duplicate", outcome.duplicate());
        if (outcome.duplicate()) {
            return Response.ok(json.build()).location(location(request)).build();
        }
        json.add("customerSecret", customerSecrets.issue(request.id()));
        return Response.created(location(request)).entity(json.build()).build();
    }

    @GET
    @Path("{id}")
    public Response find(@PathParam("id") String id) {
        return intake.find(id)
                .map(request -> Response.ok(HelpRequestJson.of(request).build()).build())
                .orElseGet(() -> notFound(id));
    }

    /** Cancels a request that is still waiting; the answer is the cancelled request. */
    @DELETE
    @Path("{id}")
    public Response cancel(@PathParam("id") String id) {
        return intake.cancel(id)
                .map(request -> Response.ok(HelpRequestJson.of(request).build()).build())
                .orElseGet(() -> notFound(id));
    }

    private java.net.URI location(HelpRequestView request) {
        return uriInfo.getBaseUriBuilder().path(HelpRequestResource.class).path(request.id()).build();
    }

    private static Response notFound(String id) {
        return Problem.of(Response.Status.NOT_FOUND, "not-found", "No such help request", null);
    }
}
