package org.helpdesk.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.helpdesk.interfaces.json.JsonFactories;
import org.helpdesk.interfaces.json.HelpRequestJson;
import org.helpdesk.queue.QueueOverview;
import org.helpdesk.queue.QueueSummary;

/** {@code /api/queues}: the queues' load and their requests in call order, for supervisors. */
@Path("queues")
@RequestScoped
@RolesAllowed("SUPERVISOR")
@Produces(MediaType.APPLICATION_JSON)
public class QueueResource {

    @EJB
    private QueueOverview overview;

    @GET
    public Response list() {
        JsonArrayBuilder queues = JsonFactories.array();
        for (QueueSummary summary : overview.summaries()) {
            queues.add(json(summary));
        }
        return Response.ok(queues.build()).build();
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
        return json.add("agentsReady", summary.agentsReady())
                .add("failedToday", summary.failedToday())
                .add("cancelledToday", summary.cancelledToday());
    }
}
