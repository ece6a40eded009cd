package org.helpdesk.it.container;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.helpdesk.it.Api;
import org.helpdesk.it.Api.Reply;
import org.helpdesk.it.Deployments;
import org.helpdesk.it.HostileJson;
import org.helpdesk.it.Phones;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The API's edge as a stranger probes it: hostile bodies at every JSON endpoint, paths and methods nobody serves,
 * numbers of kinds we do not call. Every answer is problem details with {@code nosniff}, and none names the server,
 * its version or an exception.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiEdgeIT {

    /** What names the server; none of it may be in any answer. */
    private static final List<String> SERVER_NAMES = List.of("Payara", "payara", "Grizzly", "GlassFish", "6.2025");
    /** What betrays the insides; none of it may be in an error (a page's scripts may well say "exception"). */
    private static final List<String> INSIDES = List.of("Exception", "exception", "java.", "jakarta.",
            "org.glassfish", "org.eclipse", "at org.");

    private final Api anonymous = Api.local();
    private final Api admin = anonymous.asAdmin();

    @Deployment(testable = false)
    static WebArchive helpdesk() {
        Map<String, String> configuration = new HashMap<>(Deployments.GENEROUS_LIMITS);
        configuration.put("helpdesk.rate.page-views-per-ip-per-minute", "100000");
        return Deployments.helpdesk(configuration);
    }

    /** Every endpoint of the API that reads a JSON body, public and operator, with a caller allowed to use it. */
    private List<Endpoint> jsonEndpoints() {
        return List.of(
                new Endpoint("POST", "api/help-requests", anonymous),
                new Endpoint("POST", "api/visits", anonymous),
                new Endpoint("POST", "api/customers", admin),
                new Endpoint("PUT", "api/customers/1", admin),
                new Endpoint("POST", "api/queues/edge-queue", admin),
                new Endpoint("PUT", "api/queues/default", admin),
                new Endpoint("POST", "api/agents", admin),
                new Endpoint("PUT", "api/agents/me/state", admin),
                new Endpoint("POST", "api/agents/someone/assignments", admin),
                new Endpoint("POST", "api/agents/me/wrap-up", admin),
                new Endpoint("POST", "api/supervision/requests/AAAAAAAAAAAAAAAAAAAAAA/move", admin),
                new Endpoint("POST", "api/supervision/agents/someone/not-ready", admin),
                new Endpoint("PUT", "api/visitors/edge-visitor-0123456789/phone", admin));
    }

    @Test
    void everyJsonEndpointRefusesEveryHostileBodyWithProblemDetailsNamingTheField() {
        List<Executable> checks = new ArrayList<>();
        for (Endpoint endpoint : jsonEndpoints()) {
            for (HostileJson.Body body : HostileJson.bodies()) {
                Reply reply = endpoint.send(body.text());
                String what = endpoint + " with " + body + " -> " + abbreviated(reply);
                int status = body.kind().equals("body-too-large") ? 413 : 400;
                checks.add(() -> assertEquals(status, reply.status(), what));
                checks.add(() -> assertProblem(reply, what));
                checks.add(() -> assertTrue(problem(reply).map(p -> p.getString("type", "")).orElse("")
                        .endsWith("/" + body.kind()), what));
                if (body.field() != null) {
                    checks.add(() -> assertEquals(body.field(), problem(reply).map(p -> p.getString("field", null))
                            .orElse(null), what));
                }
            }
        }
        assertAll(checks);
    }

    @Test
    void aBodyThatIsNotUtf8IsMalformed() {
        byte[] latin1 = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xE9, '"', '}'};
        Reply reply = anonymous.sendBytes("POST", "api/help-requests", latin1,
                Map.of("Content-Type", "application/json"));

        assertEquals(400, reply.status(), reply::toString);
        assertProblem(reply, reply.toString());
    }

    @Test
    void pathsAndMethodsNobodyServesAnswerWithoutNamingTheServer() {
        Reply noResource = anonymous.get("api/no-such-thing");
        Reply noMethod = anonymous.send("PATCH", "api/health", "{}", Map.of("Content-Type", "application/json"));
        Reply noPage = anonymous.get("no-such-page");
        Reply pageMethod = anonymous.send("PATCH", "help", null, Map.of());
        Reply errorPage = anonymous.get("error");

        assertEquals(404, noResource.status(), noResource::toString);
        assertProblem(noResource, noResource.toString());
        assertEquals(405, noMethod.status(), noMethod::toString);
        assertProblem(noMethod, noMethod.toString());
        assertTrue(noMethod.header("Allow").contains("GET"), noMethod::toString);
        assertEquals(404, noPage.status(), noPage::toString);
        assertEquals(404, errorPage.status(), errorPage::toString);
        for (Reply page : List.of(noPage, pageMethod, errorPage)) {
            assertTrue(page.status() >= 400, page::toString);
            assertNothingTellsTheServer(page, page.toString());
        }
    }

    @Test
    void theBenchmarksNoOpEndpointIsNotPartOfTheProduct() {
        Reply noop = anonymous.post("api/noop", "{\"phone\": \"+12025550143\"}");

        assertEquals(404, noop.status(), noop::toString);
        assertProblem(noop, noop.toString());
    }

    @Test
    void noAnswerNamesTheServer() {
        for (String path : List.of("api/health", "help", "login", "api/queues")) {
            Reply reply = anonymous.get(path);
            assertNothingTellsTheServer(reply, path + " -> " + reply.status());
        }
    }

    @Test
    void aNumberOfAKindWeDoNotCallIsRefusedWhereverNumbersAreRead() {
        String personal = "+1 500 555 0100";
        Reply request = anonymous.post("api/help-requests", "{\"phone\": \"" + personal + "\"}");
        Reply customer = admin.post("api/customers", "{\"name\": \"Ann\", \"phones\": [\"" + personal + "\"]}");
        Reply visitor = admin.put("api/visitors/edge-visitor-0123456789/phone", "{\"phone\": \"" + personal + "\"}");
        Reply lookup = admin.get("api/customers?phone=%2B15005550100");

        for (var refused : Map.of(request, "phone", customer, "phones", visitor, "phone", lookup, "phone")
                .entrySet()) {
            Reply reply = refused.getKey();
            assertEquals(400, reply.status(), reply::toString);
            assertEquals(refused.getValue(), reply.json().getString("field"), reply::toString);
            assertTrue(reply.json().getString("detail").contains("personal number"), reply::toString);
        }
        assertEquals(201, anonymous.post("api/help-requests", "{\"phone\": \"" + Phones.unique() + "\"}").status());
    }

    @Test
    void aTakenLoginIsAConflictAndAShortPasswordABadValue() {
        String hire = "{\"login\": \"edge-agent\", \"name\": \"Edge Agent\", \"password\": \"%s\"}";
        Reply first = admin.post("api/agents", hire.formatted("a-long-enough-Passw0rd!"));
        Reply again = admin.post("api/agents", hire.formatted("a-long-enough-Passw0rd!"));
        Reply weak = admin.post("api/agents", hire.replace("edge-agent", "edge-agent-2").formatted("short"));

        assertEquals(201, first.status(), first::toString);
        assertEquals(409, again.status(), again::toString);
        assertEquals("login", again.json().getString("field"));
        assertEquals(400, weak.status(), weak::toString);
        assertEquals("password", weak.json().getString("field"));
    }

    private static void assertProblem(Reply reply, String what) {
        assertEquals("application/problem+json", mediaType(reply), what);
        assertEquals("nosniff", reply.header("X-Content-Type-Options"), what);
        assertTrue(problem(reply).isPresent(), what);
        assertEquals(reply.status(), problem(reply).orElseThrow().getInt("status"), what);
        assertNothingTellsTheServer(reply, what);
    }

    private static void assertNothingTellsTheServer(Reply reply, String what) {
        assertNull(reply.header("Server"), what);
        assertNull(reply.header("X-Powered-By"), what);
        List<String> tellTales = new ArrayList<>(SERVER_NAMES);
        if (reply.status() >= 400) {
            tellTales.addAll(INSIDES);
        }
        for (String tellTale : tellTales) {
            assertTrue(!reply.body().contains(tellTale), () -> "\"" + tellTale + "\" in " + what);
        }
    }

    private static String mediaType(Reply reply) {
        String type = reply.header("Content-Type");
        return type == null ? null : type.split(";")[0].strip();
    }

    private static Optional<JsonObject> problem(Reply reply) {
        try (var reader = Json.createReader(new StringReader(reply.body()))) {
            return Optional.of(reader.readObject());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String abbreviated(Reply reply) {
        String body = reply.body();
        return reply.status() + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
    }

    private record Endpoint(String method, String path, Api caller) {

        Reply send(String body) {
            return caller.send(method, path, body, Map.of("Content-Type", "application/json"));
        }

        @Override
        public String toString() {
            return method + " /" + path;
        }
    }
}
