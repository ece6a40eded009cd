package org.helpdesk.bench;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /api/noop}, in the benchmark's WAR only: reads a JSON body like {@code POST /api/help-requests} and does
 * nothing else, the ceiling that {@code bench/run} compares the real endpoint against (HTTP, JAX-RS and JSON, without
 * validation or persistence). Not in the product: an endpoint anyone may call and that does nothing has no business
 * there.
 */
@Path("noop")
@RequestScoped
public class NoopResource {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response noop(JsonObject body) {
        return Response.accepted().build();
    }
}
