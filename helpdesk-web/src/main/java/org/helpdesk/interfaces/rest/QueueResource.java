package org.helpdesk.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.helpdesk.interfaces.json.JsonFactories;
import org.helpdesk.interfaces.json.HelpRequestJson;
import org.helpdesk.queue.QueueAdministration;
import org.helpdesk.queue.QueueOverview;
import org.helpdesk.queue.QueueSummary;

/**
 * {@code /api/queues}: the queues' load and their requests in call order, for supervisors; for administrators,
 * creating a queue and changing its settings.
 */
@Path("queues")
@RequestScoped
@RolesAllowed("SUPERVISOR")
@Produces(MediaType.APPLICATION_JSON)
public class QueueResource {

    @EJB
    private QueueOverview overview;

    @EJB
    private QueueAdministration administration;

    @Context
    private UriInfo uriInfo;

    @GET
    public Response list() {
        JsonArrayBuilder queues = JsonFactories.array();
        for (QueueSummary summary : overview.summaries()) {
            queues.add(json(summary));
        }
        return Response.ok(queues.build()).build();
    }

    /** One queue's settings and load. */
    @GET
    @Path("{name}")
    public Response find(@PathParam("name") String name) {
        return overview.details(name)
                .map(queue -> Response.ok(QueueSettingsJson.of(queue).build()).build())
                .orElseGet(() -> Problem.of(Response.Status.NOT_FOUND, "not-found", "No such queue", name));
    }

    /** Creates a queue with these settings: {@code 201}, or {@code 409} if the name is taken. */
    @POST
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("ADMIN")
    public Response create(@PathParam("name") String name, JsonObject body) {
        administration.create(name, QueueSettingsJson.settings(body));
        URI location = uriInfo.getBaseUriBuilder().path(QueueResource.class).path(name).build();
        return Response.created(location).entity(current(name)).build();
    }

    /**
     * Replaces a queue's settings (fields left out take their defaults, as on {@code POST}): {@code 200}, or
     * {@code 404} if there is no such queue. It never creates one: a mistyped name must not become a new queue.
     */
    @PUT
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("ADMIN")
    public Response reconfigure(@PathParam("name") String name, JsonObject body) {
        administration.reconfigure(name, QueueSettingsJson.settings(body));
        return Response.ok(current(name)).build();
    }

    /** The queue as committed (create and reconfigure have committed when they return). */
    private JsonObject current(String name) {
        return QueueSettingsJson.of(overview.details(name).orElseThrow()).build();
    }

    @GET
    @Path("{name}/requests")
    public Response requests(@PathParam("name") String name) {
        return overview.openRequests(name)
                .map(requests -> {
                    JsonArrayBuilder array = JsonFactories.array();
                    requests.forEach(request -> array.add(HelpRequestJson.of(request)));
                    return Response.ok(array.build()).build();
                })
                .orElseGet(() -> Problem.of(Response.Status.NOT_FOUND, "not-found", "No such queue", name));
    }

    private static JsonObjectBuilder json(QueueSummary summary) {
        JsonObjectBuilder json = JsonFactories.object()
                .add("name", summary.name())
                .add("waiting", summary.waiting())
                .add("scheduled", summary.scheduled());
        if (summary.oldestWaitSeconds() == null) {
            json.addNull("oldestWaitSeconds");
        } else {
            json.add("oldestWaitSeconds", summary.oldestWaitSeconds());
        }
        if (summary.estimatedWaitSeconds() == null) {
            json.addNull("estimatedWaitSeconds");
        } else {
            json.add("estimatedWaitSeconds", summary.estimatedWaitSeconds());
        }
        json.add("agentsReady", summary.agentsReady())
                .add("failedToday", summary.failedToday())
                .add("cancelledToday", summary.cancelledToday());
        if (summary.serviceLevelToday() == null) {
            json.addNull("serviceLevelToday");
        } else {
            json.add("serviceLevelToday", summary.serviceLevelToday());
        }
        return json;
    }
}
