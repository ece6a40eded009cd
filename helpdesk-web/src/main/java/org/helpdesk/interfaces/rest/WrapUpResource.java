package org.helpdesk.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.helpdesk.agent.AssignmentRefusedException;
import org.helpdesk.agent.AssignmentRefusedException.Kind;
import org.helpdesk.agent.WrapUps;
import org.helpdesk.interfaces.json.HelpRequestJson;
import org.helpdesk.interfaces.json.JsonFactories;
import org.helpdesk.interfaces.json.JsonFields;
import org.helpdesk.request.CallOutcome;

/**
 * {@code POST /api/agents/me/wrap-up}: the agent records the outcome and notes of their current call (during it, or
 * while wrapping up after it), and may schedule the call-back the customer agreed to.
 */
@Path("agents/me/wrap-up")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WrapUpResource {

    @EJB
    private WrapUps wrapUps;

    @Context
    private SecurityContext security;

    /** Body {@code {"outcome": "RESOLVED", "notes": "...", "callBackAt": "2026-11-27T10:00:00+01:00"}}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("AGENT")
    public Response wrapUp(JsonObject fields) {
        only(fields, Set.of("outcome", "notes", "callBackAt"), "a wrap-up");
        WrapUps.WrapUp done = wrapUps.wrapUp(security.getUserPrincipal().getName(), outcome(fields),
                text(fields, "notes"), callBackAt(fields));
        JsonObjectBuilder json = JsonFactories.object()
                .add("requestId", done.requestId())
                .add("outcome", done.outcome().name());
        if (done.callBack() == null) {
            json.addNull("callBack");
        } else {
            json.add("callBack", HelpRequestJson.of(done.callBack()));
        }
        return Response.ok(json.build()).build();
    }

    private static CallOutcome outcome(JsonObject fields) {
        String outcome = text(fields, "outcome");
        if (outcome == null) {
            throw new AssignmentRefusedException("outcome", Kind.INVALID, "is required");
        }
        try {
            CallOutcome chosen = CallOutcome.valueOf(outcome.toUpperCase(Locale.ROOT));
            if (chosen.chosenByAgent()) {
                return chosen;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw new AssignmentRefusedException("outcome", Kind.INVALID, "must be one of " + Arrays.stream(
                CallOutcome.values()).filter(CallOutcome::chosenByAgent).map(Enum::name)
                .collect(Collectors.joining(", ")));
    }

    private static OffsetDateTime callBackAt(JsonObject fields) {
        String at = text(fields, "callBackAt");
        if (at == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(at);
        } catch (DateTimeParseException e) {
            throw new AssignmentRefusedException("callBackAt", Kind.INVALID,
                    "must be an ISO-8601 date and time with an offset, e.g. 2026-11-27T10:00:00+01:00");
        }
    }

    /** Refuses the first field that is not one of these, naming it. */
    static void only(JsonObject fields, Set<String> known, String shape) {
        JsonFields.refuseUnknown(fields, known, shape,
                unknown -> new AssignmentRefusedException(unknown.field(), Kind.INVALID, unknown.reason()));
    }

    private static String text(JsonObject fields, String name) {
        JsonValue value = fields.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw new AssignmentRefusedException(name, Kind.INVALID, "must be a string");
        }
        return string.getString();
    }
}
