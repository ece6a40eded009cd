package org.helpdesk.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.helpdesk.agent.AssignmentRefusedException;
import org.helpdesk.agent.AssignmentRefusedException.Kind;
import org.helpdesk.agent.Assignments;
import org.helpdesk.request.RequestId;

/**
 * {@code POST /api/agents/{login}/assignments}: a supervisor gives a waiting request to a ready agent, whose desktop
 * pops it up. The dialer will give requests through the same service ({@link Assignments}).
 */
@Path("agents/{login}/assignments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AssignmentResource {

    @EJB
    private Assignments assignments;

    /** Body {@code {"requestId": "..."}}; answers the screen-pop the agent is shown. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("SUPERVISOR")
    public Response assign(@PathParam("login") String login, JsonObject body) {
        return Response.ok(ScreenPopJson.of(assignments.assign(requestId(body), login))).build();
    }

    private static RequestId requestId(JsonObject body) {
        WrapUpResource.only(body, Set.of("requestId"), "an assignment");
        if (!(body.get("requestId") instanceof JsonString id)) {
            throw new AssignmentRefusedException("requestId", Kind.INVALID, "is required (a help request's id)");
        }
        if (!RequestId.isWellFormed(id.getString())) {
            throw new AssignmentRefusedException("requestId", Kind.UNKNOWN, "names no help request");
        }
        return RequestId.of(id.getString());
    }
}
