package org.helpdesk.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Set;
import org.helpdesk.agent.AgentChangeRefusedException;
import org.helpdesk.audit.AuditTrail;
import org.helpdesk.dialer.CallHistory;
import org.helpdesk.interfaces.json.JsonFactories;
import org.helpdesk.request.RequestId;
import org.helpdesk.supervision.SupervisorActions;

/**
 * {@code /api/supervision}: a supervisor's actions on others' work (each recorded with who did it), and the record
 * of them. The console's buttons do the same through {@link SupervisorActions}.
 */
@Path("supervision")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("SUPERVISOR")
public class SupervisionResource {

    @EJB
    private SupervisorActions actions;

    @Inject
    private AuditTrail audit;

    @EJB
    private CallHistory calls;

    @Context
    private SecurityContext security;

    @POST
    @Path("requests/{id}/cancel")
    public Response cancel(@PathParam("id") String id) {
        boolean found = RequestId.isWellFormed(id) && actions.cancelRequest(RequestId.of(id), actor());
        return found ? Response.noContent().build() : noSuchRequest();
    }

    /** Body {@code {"queue": "billing"}}. */
    @POST
    @Path("requests/{id}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response move(@PathParam("id") String id, JsonObject body) {
        AgentResource.only(body, Set.of("queue"), "a move");
        String queue = field(body, "queue");
        boolean found = RequestId.isWellFormed(id) && actions.moveRequest(RequestId.of(id), queue, actor());
        return found ? Response.noContent().build() : noSuchRequest();
    }

    /** The calls placed or taken for a request, oldest first, each with what happened and why it ended. */
    @GET
    @Path("requests/{id}/calls")
    public Response calls(@PathParam("id") String id) {
        if (!RequestId.isWellFormed(id)) {
            return noSuchRequest();
        }
        return calls.of(RequestId.of(id)).map(found -> {
            JsonArrayBuilder array = JsonFactories.array();
            found.forEach(call -> array.add(callJson(call)));
            return Response.ok(array.build()).build();
        }).orElseGet(SupervisionResource::noSuchRequest);
    }

    /** The latest calls to the help numbers, newest first, also those that reached nobody. */
    @GET
    @Path("incoming-calls")
    public Response incomingCalls(@QueryParam("limit") @DefaultValue("100") int limit) {
        JsonArrayBuilder array = JsonFactories.array();
        calls.incoming(Math.max(1, Math.min(limit, 1000))).forEach(call -> {
            JsonObjectBuilder json = JsonFactories.object()
                    .add("receivedAt", call.receivedAt().toString())
                    .add("helpNumber", call.helpNumber());
            optional(json, "queue", call.queue());
            json.add("callerId", call.callerId())
                    .add("callerVerified", call.callerVerified())
                    .add("disposition", call.disposition());
            optional(json, "requestId", call.requestId());
            optional(json, "agent", call.agent());
            array.add(json);
        });
        return Response.ok(array.build()).build();
    }

    private static JsonObjectBuilder callJson(CallHistory.CallView call) {
        JsonObjectBuilder json = JsonFactories.object().add("attempt", call.attempt())
                .add("direction", call.direction());
        optional(json, "dialMode", call.dialMode());
        json.add("agent", call.agent()).add("extension", call.extension());
        optional(json, "startedAt", call.startedAt());
        optional(json, "agentAlertedAt", call.agentAlertedAt());
        optional(json, "agentConnectedAt", call.agentConnectedAt());
        optional(json, "customerAlertedAt", call.customerAlertedAt());
        optional(json, "customerConnectedAt", call.customerConnectedAt());
        optional(json, "endedAt", call.endedAt());
        optional(json, "endCause", call.endCause());
        return json;
    }

    private static void optional(JsonObjectBuilder json, String name, Object value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value.toString());
        }
    }

    /** Body {@code {"reason": "coaching"}} (optional). */
    @POST
    @Path("agents/{login}/not-ready")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response notReady(@PathParam("login") String login, JsonObject body) {
        AgentResource.only(body, Set.of("reason"), "a supervisor's not-ready");
        actions.setNotReady(login, field(body, "reason"), actor());
        return Response.noContent().build();
    }

    @POST
    @Path("agents/{login}/logout")
    public Response logOut(@PathParam("login") String login) {
        actions.logOut(login, actor());
        return Response.noContent().build();
    }

    @GET
    @Path("audit")
    public Response auditTrail(@QueryParam("limit") @DefaultValue("100") int limit) {
        JsonArrayBuilder entries = JsonFactories.array();
        audit.latest(Math.max(1, Math.min(limit, 1000))).forEach(entry -> entries.add(JsonFactories.object()
                .add("at", entry.at().toString())
                .add("actor", entry.actor())
                .add("action", entry.action())
                .add("subject", entry.subject())
                .add("detail", entry.detail() == null ? "" : entry.detail())));
        return Response.ok(entries.build()).build();
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }

    private static String field(JsonObject body, String name) {
        JsonValue value = body.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString text)) {
            throw new AgentChangeRefusedException(name, "must be a string");
        }
        return text.getString();
    }

    private static Response noSuchRequest() {
        return Problem.of(Response.Status.NOT_FOUND, "not-found", "No such help request", null);
    }
}
