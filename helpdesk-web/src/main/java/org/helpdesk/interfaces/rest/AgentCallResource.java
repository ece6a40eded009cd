package org.helpdesk.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import org.helpdesk.dialer.AgentCalls;

/**
 * {@code /api/agents/me/call}: the caller's phone call as the telephony reported it (ringing, talking, ended and
 * why), and hanging it up.
 */
@Path("agents/me/call")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AgentCallResource {

    @EJB
    private AgentCalls calls;

    @Inject
    private Clock clock;

    @Context
    private SecurityContext security;

    /** The agent's call in progress, or their last one; {@code 404} if they never had one. */
    @GET
    @RolesAllowed("AGENT")
    public Response current() {
        String login = security.getUserPrincipal().getName();
        return calls.lastCall(login).map(call -> Response.ok(AgentCallJson.of(call, clock.instant()).build()).build())
                .orElseGet(() -> Problem.of(Response.Status.NOT_FOUND, "not-found", "No call", "agent " + login
                        + " has had no call yet"));
    }

    /**
     * Hangs up: {@code 202} with the call as it was; its end follows (the "call" event, or this resource's
     * {@code GET}) when the telephony reports it. {@code 409} when there is no call in progress to hang up here.
     */
    @POST
    @Path("hang-up")
    @RolesAllowed("AGENT")
    public Response hangUp() {
        return Response.accepted(AgentCallJson.of(calls.hangUp(security.getUserPrincipal().getName()),
                clock.instant()).build()).build();
    }
}
