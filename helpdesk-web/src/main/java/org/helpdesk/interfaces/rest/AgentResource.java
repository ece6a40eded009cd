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
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.helpdesk.account.Role;
import org.helpdesk.agent.AgentChangeRefusedException;
import org.helpdesk.agent.AgentRoster;
import org.helpdesk.agent.AgentState;
import org.helpdesk.agent.AgentView;
import org.helpdesk.agent.NewAgent;
import org.helpdesk.interfaces.json.JsonFactories;
import org.helpdesk.interfaces.json.JsonFields;

/**
 * {@code /api/agents}: hiring agents (administrators), watching them (supervisors), and an agent's state (the agent
 * themself, or a supervisor).
 */
@Path("agents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AgentResource {

    private static final Set<String> HIRE_FIELDS = Set.of("login", "name", "password", "extension", "queues",
            "role");
    private static final Set<String> STATE_FIELDS = Set.of("state", "reason");

    @EJB
    private AgentRoster roster;

    @Inject
    private Clock clock;

    @Context
    private SecurityContext security;

    @Context
    private UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("ADMIN")
    public Response hire(JsonObject fields) {
        only(fields, HIRE_FIELDS, "a new agent");
        AgentView hired = roster.hire(new NewAgent(
                text(fields, "login"),
                text(fields, "name"),
                text(fields, "password") == null ? null : text(fields, "password").toCharArray(),
                text(fields, "extension"),
                queues(fields),
                role(fields)));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(hired.login()).build())
                .entity(json(hired).build()).build();
    }

    @GET
    @RolesAllowed("SUPERVISOR")
    public Response list() {
        JsonArrayBuilder agents = JsonFactories.array();
        roster.all().forEach(agent -> agents.add(json(agent)));
        return Response.ok(agents.build()).build();
    }

    @GET
    @Path("{login}")
    @RolesAllowed("AGENT")
    public Response find(@PathParam("login") String login) {
        String who = selfOrSupervisor(login);
        return roster.find(who).map(agent -> Response.ok(json(agent).build()).build())
                .orElseGet(() -> Problem.of(Response.Status.NOT_FOUND, "not-found", "No such agent", login));
    }

    /** Body {@code {"state": "READY" | "NOT_READY" | "WRAP_UP" | "LOGGED_OUT", "reason": "..."}}. */
    @PUT
    @Path("{login}/state")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("AGENT")
    public Response changeState(@PathParam("login") String login, JsonObject fields) {
        String who = selfOrSupervisor(login);
        only(fields, STATE_FIELDS, "a state change");
        AgentState state = state(text(fields, "state"));
        AgentView changed = roster.changeState(who, state, text(fields, "reason"),
                security.getUserPrincipal().getName());
        return Response.ok(json(changed).build()).build();
    }

    /** "me" is the caller; anyone else's record is a supervisor's business. */
    private String selfOrSupervisor(String login) {
        String caller = security.getUserPrincipal().getName();
        String who = "me".equals(login) ? caller : login;
        if (!who.equals(caller) && !security.isUserInRole("SUPERVISOR")) {
            throw new ForbiddenException();
        }
        return who;
    }

    private JsonObjectBuilder json(AgentView agent) {
        return AgentJson.of(agent, clock.instant());
    }

    /** Refuses the first field that is not one of these, naming it. */
    static void only(JsonObject fields, Set<String> known, String shape) {
        JsonFields.refuseUnknown(fields, known, shape, unknown -> invalid(unknown.field(), unknown.reason()));
    }

    private static String text(JsonObject fields, String name) {
        JsonValue value = fields.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw invalid(name, "must be a string");
    }

    private static Set<String> queues(JsonObject fields) {
        JsonValue value = fields.get("queues");
        if (value == null || value == JsonValue.NULL) {
            return Set.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw invalid("queues", "must be an array of queue names");
        }
        Set<String> names = new LinkedHashSet<>();
        for (JsonValue name : value.asJsonArray()) {
            if (!(name instanceof JsonString string)) {
                throw invalid("queues", "must be an array of queue names");
            }
            names.add(string.getString());
        }
        return names;
    }

    private static Role role(JsonObject fields) {
        String role = text(fields, "role");
        if (role == null) {
            return Role.AGENT;
        }
        try {
            return Role.valueOf(role.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("role", "must be AGENT, SUPERVISOR or ADMIN");
        }
    }

    private static AgentState state(String state) {
        if (state == null) {
            throw invalid("state", "is required");
        }
        AgentState parsed;
        try {
            parsed = AgentState.valueOf(state.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            parsed = null;
        }
        if (parsed == null || parsed == AgentState.ON_CALL) {
            // ON_CALL is the dialer's to give: a call is what makes an agent busy
            throw invalid("state", "must be READY, NOT_READY, WRAP_UP or LOGGED_OUT");
        }
        return parsed;
    }

    private static AgentChangeRefusedException invalid(String field, String reason) {
        return new AgentChangeRefusedException(field, reason);
    }
}
