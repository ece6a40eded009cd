package org.helpdesk.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import org.helpdesk.account.AccountRefusedException;
import org.helpdesk.account.LoginTakenException;
import org.helpdesk.agent.AgentChangeRefusedException;
import org.helpdesk.agent.AssignmentRefusedException;
import org.junit.jupiter.api.Test;

/** The status of a refusal is decided by its type, never by the words of its reason. */
class ProblemMappersTest {

    @Test
    void anAgentChangeWhoseReasonEndsLikeATakenNameIsStillABadValue() {
        Response response = new ProblemMappers.AgentRefused()
                .toResponse(new AgentChangeRefusedException("reason", "is the break that is taken"));

        assertEquals(400, response.getStatus());
        assertEquals("reason", body(response).getString("field"));
    }

    @Test
    void anAccountRefusalWhoseReasonEndsLikeATakenNameIsStillABadValue() {
        Response response = new ProblemMappers.AccountRefused()
                .toResponse(new AccountRefusedException("password", "must not be one that is taken"));

        assertEquals(400, response.getStatus());
    }

    @Test
    void aTakenLoginIsAConflictNamingTheLogin() {
        Response response = new ProblemMappers.LoginTaken().toResponse(new LoginTakenException());

        assertEquals(409, response.getStatus());
        assertEquals("login", body(response).getString("field"));
    }

    @Test
    void anInvalidAssignmentFieldIsReportedWithItsReasonAlone() {
        Response response = new ProblemMappers.AssignmentRefused().toResponse(
                new AssignmentRefusedException("outcome", AssignmentRefusedException.Kind.INVALID, "is required"));

        assertEquals(400, response.getStatus());
        JsonObject reported = body(response).getJsonArray("invalid-params").getJsonObject(0);
        assertEquals("outcome", reported.getString("name"));
        assertEquals("is required", reported.getString("reason"));
    }

    private static JsonObject body(Response response) {
        return (JsonObject) response.getEntity();
    }
}
