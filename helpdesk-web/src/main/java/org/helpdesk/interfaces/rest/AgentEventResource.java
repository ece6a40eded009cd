package org.helpdesk.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

/**
 * {@code GET /api/agents/me/events}: the caller's desktop events as server-sent events, for integrations (a CRM, a
 * wallboard of one's own). "state" first (the current state) and on every change, "screen-pop" when a request is
 * given to the agent.
 */
@Path("agents/me/events")
@RequestScoped
public class AgentEventResource {

    @Inject
    private AgentEventStreams streams;

    @Context
    private SecurityContext security;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed("AGENT")
    public void events(@Context SseEventSink sink, @Context Sse sse) {
        streams.open(security.getUserPrincipal().getName(), sink, sse);
    }
}
