package org.helpdesk.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.helpdesk.customer.CustomerDirectory;
import org.helpdesk.customer.CustomerView;
import org.helpdesk.customer.InvalidCustomerException;
import org.helpdesk.interfaces.csv.CustomerCsv;
import org.helpdesk.interfaces.csv.ImportTooLargeException;
import org.helpdesk.interfaces.csv.MalformedCsvException;

/**
 * {@code /api/customers}: the customer database behind caller-ID look-ups. Operators (ADMIN) create, edit and import
 * customers; supervisors (SUPERVISOR) read them; agents (AGENT) look up who is calling.
 *
 * <p>Administrators keep the records; supervisors read them; an agent may look a caller up by number.
 */
@Path("customers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CustomerResource {

    public static final String CSV = "text/csv";
    /** Far above a 50,000-row file of customers with notes, far below what would strain the heap. */
    static final int MAX_IMPORT_BYTES = 5 * 1024 * 1024;
    private static final int DEFAULT_PAGE = 50;

    @EJB
    private CustomerDirectory directory;

    @Context
    private UriInfo uriInfo;

    @RolesAllowed("ADMIN")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject body) {
        CustomerView customer = directory.create(CustomerJson.fields(body));
        return Response.created(location(customer)).entity(CustomerJson.of(customer).build()).build();
    }

    @RolesAllowed("SUPERVISOR")
    @GET
    @Path("{id}")
    public Response find(@PathParam("id") String id) {
        return answer(id(id).flatMap(directory::find));
    }

    /** Replaces the customer's record: fields left out are cleared. */
    @RolesAllowed("ADMIN")
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, JsonObject body) {
        var fields = CustomerJson.fields(body);
        return answer(id(id).flatMap(known -> directory.update(known, fields)));
    }

    @RolesAllowed("SUPERVISOR")
    @GET
    public Response list(@QueryParam("offset") @DefaultValue("0") String offset,
            @QueryParam("limit") @DefaultValue("" + DEFAULT_PAGE) String limit) {
        return Response.ok(CustomerJson.of(directory.list(number("offset", offset), number("limit", limit))).build())
                .build();
    }

    /**
     * The caller-ID look-up, also reached as {@code GET /api/customers?phone=...} (see {@link CustomerLookupRouting}).
     * A leading {@code +} in the query is the plus of a caller ID as it is written ({@code ?phone=+16502530000}),
     * not a space: see {@link #phoneParameter}.
     */
    @RolesAllowed("AGENT")
    @GET
    @Path("lookup")
    public Response lookup() {
        List<String> raw = uriInfo.getQueryParameters(false).get("phone");
        if (raw == null || raw.isEmpty()) {
            throw new InvalidCustomerException("phone", "is required");
        }
        String phone = phoneParameter(raw.get(0));
        return directory.findByPhone(phone)
                .map(customer -> Response.ok(CustomerJson.of(customer).build()).build())
                .orElseGet(() -> Problem.of(Response.Status.NOT_FOUND, "not-found",
                        "No customer has this phone number", null));
    }

    /**
     * Imports a CSV file (UTF-8; see {@link CustomerCsv} for its columns). Answers what was created and updated and
     * which rows were refused, by line.
     */
    @RolesAllowed("ADMIN")
    @POST
    @Path("import")
    @Consumes(CSV)
    public Response importCsv(InputStream body) throws IOException {
        byte[] bytes = BoundedBodies.read(body, MAX_IMPORT_BYTES).orElseThrow(() -> new ImportTooLargeException(
                "a file may have at most " + MAX_IMPORT_BYTES / (1024 * 1024) + " MB; split it"));
        String text = BoundedBodies.utf8(bytes).orElseThrow(() -> new MalformedCsvException(1,
                "the file is not UTF-8 text (save it as \"CSV UTF-8\")"));
        return Response.ok(CustomerJson.of(directory.importCustomers(CustomerCsv.read(text))).build()).build();
    }

    /**
     * Decodes the query value as forms encode it ({@code +} and {@code %20} are spaces), except a leading
     * {@code +}: a number never starts with a space, but callers and CTI systems paste E.164 numbers unencoded.
     */
    static String phoneParameter(String raw) {
        if (raw.startsWith("+")) {
            return "+" + URLDecoder.decode(raw.substring(1), StandardCharsets.UTF_8);
        }
        return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    }

    /** Ids are numbers; anything else names no customer. */
    private static Optional<Long> id(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int number(String field, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidCustomerException(field, "must be a whole number");
        }
    }

    private Response answer(Optional<CustomerView> customer) {
        return customer.map(found -> Response.ok(CustomerJson.of(found).build()).build())
                .orElseGet(() -> Problem.of(Response.Status.NOT_FOUND, "not-found", "No such customer", null));
    }

    private URI location(CustomerView customer) {
        return uriInfo.getBaseUriBuilder().path(CustomerResource.class).path(customer.id()).build();
    }
}
