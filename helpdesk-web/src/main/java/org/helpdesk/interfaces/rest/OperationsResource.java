package org.helpdesk.interfaces.rest;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.helpdesk.dialer.Telephony;
import org.helpdesk.interfaces.json.JsonFactories;

/** Endpoints for operators and load balancers, not for customers. */
@Path("")
@RequestScoped
public class OperationsResource {

    private static final Logger LOG = Logger.getLogger(OperationsResource.class.getName());

    @Resource(lookup = "java:app/jdbc/helpdesk")
    private DataSource dataSource;

    @Inject
    private Telephony telephony;

    /**
     * {@code 200} when the database answers, {@code 503} otherwise: for load balancers and start-up scripts. Also
     * says whether calls can be placed ({@code telephony}: {@code IN_SERVICE}, {@code CONNECTING},
     * {@code OUT_OF_SERVICE} or {@code NOT_CONFIGURED}).
     */
    @GET
    @Path("health")
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            // the telephony is reported, not judged: without it requests are still taken (and dialled once it is back)
            return Response.status(valid ? 200 : 503)
                    .entity(JsonFactories.object().add("status", valid ? "UP" : "DOWN")
                            .add("database", valid ? "UP" : "DOWN")
                            .add("telephony", telephony.status().name()).build())
                    .build();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Health check: database unreachable", e);
            return Response.status(503).entity(JsonFactories.object().add("status", "DOWN")
                    .add("database", "DOWN").add("telephony", telephony.status().name()).build()).type(MediaType.APPLICATION_JSON).build();
        }
    }
}
