package org.helpdesk.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.helpdesk.it.Api;
import org.helpdesk.it.Api.Reply;
import org.helpdesk.it.Deployments;
import org.helpdesk.it.FromAddress;
import org.helpdesk.it.Phones;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may do what: nobody reaches an operator endpoint or screen without logging in, an agent cannot reach a
 * supervisor's or an administrator's, each role has the rights of the one before it, and the customer endpoints stay
 * open. Password guessing is throttled where it comes from (loopback gives each test an address of its own:
 * 127.0.0.2, 127.0.0.3, ...), never for the account's owner elsewhere; the API acts on credentials sent with the call,
 * never on the screens' session cookie. Accounts are hired through the API by the administrator the deployment opens.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffSecurityIT {

    private static final String PASSWORD = "a-long-password";
    private static final AtomicInteger HIRED = new AtomicInteger();

    private final Api anonymous = Api.local();
    private final Api admin = anonymous.asAdmin();

    @Deployment(testable = false)
    static WebArchive helpdesk() {
        return Deployments.helpdesk();
    }

    private String hire(String role) {
        String login = role.toLowerCase(Locale.ROOT) + "-" + System.nanoTime() % 1_000_000 + "-"
                + HIRED.incrementAndGet();
        Reply hired = admin.post("api/agents", """
                {"login": "%s", "name": "Test %s", "password": "%s", "extension": "1001", "queues": ["default"],
                 "role": "%s"}""".formatted(login, role, PASSWORD, role));
        assertEquals(201, hired.status(), hired::toString);
        return login;
    }

    private Api as(String login) {
        return anonymous.as(login, PASSWORD);
    }

    @Test
    void operatorEndpointsRefuseAnonymousCallersWithABasicChallenge() {
        for (Reply reply : List.of(anonymous.get("api/queues"), anonymous.get("api/queues/default/requests"),
                anonymous.get("api/agents"), anonymous.get("api/agents/me"),
                anonymous.post("api/agents", "{\"login\": \"intruder\"}"),
                anonymous.put("api/agents/someone/state", "{\"state\": \"READY\"}"),
                anonymous.post("api/customers", "{\"name\": \"Intruder\"}"),
                anonymous.get("api/customers?phone=%2B16502530000"),
                anonymous.post("api/supervision/agents/someone/logout", "{}"),
                anonymous.post("api/queues/made-anonymously", "{}"),
                anonymous.post("api/agents/someone/assignments", "{\"requestId\": \"x\"}"),
                anonymous.get("api/agents/me/events"),
                anonymous.post("api/agents/me/wrap-up", "{\"outcome\": \"RESOLVED\"}"))) {
            assertEquals(401, reply.status(), reply::toString);
            assertTrue(reply.header("WWW-Authenticate").startsWith("Basic"), reply::toString);
            assertEquals("application/problem+json", reply.header("Content-Type"));
        }
    }

    @Test
    void customerEndpointsNeedNoLogin() {
        Reply created = anonymous.post("api/help-requests", "{\"phone\": \"" + Phones.unique() + "\"}");
        assertEquals(201, created.status(), created::toString);
        assertEquals(200, anonymous.get("api/help-requests/" + created.json().getString("id")).status());
        assertEquals(200, anonymous.get("api/health").status());
    }

    @Test
    void agentIsForbiddenWhatSupervisorsAndAdministratorsDo() {
        Api agent = as(hire("AGENT"));

        assertEquals(403, agent.get("api/queues").status());
        assertEquals(403, agent.get("api/queues/default/requests").status());
        assertEquals(403, agent.get("api/agents").status());
        assertEquals(403, agent.post("api/agents", "{\"login\": \"made-by-agent\"}").status());
        assertEquals(403, agent.get("console").status(), "the supervisor console");
        assertEquals(403, agent.post("api/customers", "{\"name\": \"By Agent\"}").status());
        assertEquals(403, agent.post("api/customers/import", "name,phones,account,tier,notes\n",
                Map.of("Content-Type", "text/csv")).status());
        assertEquals(403, agent.post("api/queues/made-by-agent", "{}").status());
        assertEquals(403, agent.put("api/queues/default", "{}").status());
        assertEquals(403, agent.post("api/agents/admin/assignments", "{\"requestId\": \"x\"}").status());
        assertEquals(403, agent.get("api/supervision/audit").status());
        assertEquals(403, agent.get("api/customers/1").status());
        assertEquals(403, agent.post("api/supervision/agents/" + "admin" + "/logout", "{}").status());
        assertEquals(404, agent.get("api/customers?phone=%2B" + Phones.unique().substring(1)).status(),
                "an agent may look callers up (this one is nobody's)");
        assertEquals(200, agent.get("api/agents/me").status());
    }

    @Test
    void supervisorWatchesQueuesAndAgentsButCannotHire() {
        Api supervisor = as(hire("SUPERVISOR"));

        assertEquals(200, supervisor.get("api/queues").status());
        assertEquals(200, supervisor.get("api/queues/default/requests").status());
        assertEquals(200, supervisor.get("api/agents").status());
        assertEquals(200, supervisor.get("console").status());
        assertEquals(403, supervisor.post("api/agents", "{\"login\": \"made-by-supervisor\"}").status());
    }

    @Test
    void administratorHasTheRightsOfEveryRole() {
        assertEquals(200, admin.get("api/queues").status());
        assertEquals(200, admin.get("api/agents").status());
        assertEquals(200, admin.get("console").status());
        assertEquals(200, admin.get("desk").status());
    }

    @Test
    void screensSendAnonymousVisitorsToTheLoginPage() {
        Reply desk = anonymous.get("desk");

        assertEquals(302, desk.status(), desk::toString);
        assertTrue(desk.header("Location").endsWith("/login?next=%2Fdesk"), desk.header("Location"));
        Reply login = anonymous.get("login");
        assertEquals(200, login.status());
        assertEquals("DENY", login.header("X-Frame-Options"), "never framed");
        assertEquals("same-origin", login.header("Referrer-Policy"));
        assertEquals("no-store", login.header("Cache-Control"));
        assertEquals("no-referrer", anonymous.get("help").header("Referrer-Policy"), "the customer pages tell nobody");
    }

    @Test
    void aGuesserIsLockedOutOfALoginAtTheirAddressWhileItsOwnerLogsInFromAnother() {
        String login = hire("AGENT");
        FromAddress guesser = new FromAddress(anonymous.base(), "127.0.0.2");
        for (int attempt = 0; attempt < 5; attempt++) {
            assertEquals(401, guesser.get("api/agents/me", login, "wrong-password-" + attempt));
            assertEquals(401, guesser.get("api/agents/me", "admin", "wrong-password-" + attempt));
        }

        assertEquals(401, guesser.get("api/agents/me", login, PASSWORD), "locked at the guesser's address");
        assertEquals(200, new FromAddress(anonymous.base(), "127.0.0.3").get("api/agents/me", login, PASSWORD),
                "the owner, elsewhere, logs in");
        assertEquals(200, admin.get("api/agents").status(), "and so does the administrator");
    }

    @Test
    void anAddressWithTwentyFailedLoginsInAMinuteMayTryNoLoginForTheRestOfIt() {
        String login = hire("AGENT");
        FromAddress guesser = new FromAddress(anonymous.base(), "127.0.0.4");
        for (int attempt = 0; attempt < 20; attempt++) {
            assertEquals(401, guesser.get("api/agents/me", "nobody-" + attempt, "wrong-password"));
        }

        assertEquals(401, guesser.get("api/agents/me", login, PASSWORD));
        assertEquals(200, new FromAddress(anonymous.base(), "127.0.0.5").get("api/agents/me", login, PASSWORD));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndANewOneIsSetAtLogin() {
        Reply page = anonymous.get("login");
        String before = sessionCookie(page);

        Reply loggedIn = logInOnTheLoginPage(hire("SUPERVISOR"), page);

        assertEquals(302, loggedIn.status(), loggedIn::toString);
        String after = sessionCookie(loggedIn);
        for (String cookie : List.of(before, after)) {
            List<String> attributes = List.of(cookie.toLowerCase(Locale.ROOT).split(";\\s*"));
            assertTrue(attributes.contains("httponly"), cookie);
            assertTrue(attributes.contains("samesite=lax"), cookie);
            assertTrue(attributes.contains("path=/"), cookie);
        }
        assertNotEquals(before.split(";")[0], after.split(";")[0], "a new session id at login");
    }

    @Test
    void theOperatorApiDoesNotActOnTheSessionCookieAlone() {
        String agent = hire("AGENT");
        assertEquals(200, admin.put("api/agents/" + agent + "/state", "{\"state\": \"READY\"}").status());
        Reply loggedIn = logInOnTheLoginPage(hire("SUPERVISOR"), anonymous.get("login"));
        Map<String, String> cookie = Map.of("Cookie", sessionCookie(loggedIn).split(";")[0]);
        assertEquals(200, anonymous.send("GET", "console", null, cookie).status(), "the session is good for the screens");

        Reply logout = anonymous.send("POST", "api/supervision/agents/" + agent + "/logout", "{}",
                Map.of("Cookie", cookie.get("Cookie"), "Content-Type", "text/plain"));

        assertEquals(401, logout.status(), logout::toString);
        assertEquals(401, anonymous.send("GET", "api/queues", null, cookie).status());
        assertEquals("READY", admin.get("api/agents/" + agent).json().getString("state"));
    }

    /** Posts the login form of this page (its session cookie and view state) as a browser would. */
    private static Reply logInOnTheLoginPage(String login, Reply page) {
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(page.body());
        assertTrue(viewState.find(), page.body());
        String form = Map.of("login", "login", "login:username", login, "login:password", PASSWORD,
                        "login:submit", "Log in", "jakarta.faces.ViewState", viewState.group(1))
                .entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return Api.local().send("POST", "login", form, Map.of("Content-Type", "application/x-www-form-urlencoded",
                "Cookie", sessionCookie(page).split(";")[0]));
    }

    private static String sessionCookie(Reply reply) {
        return reply.response().headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + reply.response().headers()));
    }

    @Test
    void agentChangesTheirOwnStateButNotAnothersAndASupervisorChangesAnyones() {
        String login = hire("AGENT");
        String colleague = hire("AGENT");
        Api agent = as(login);

        Reply ready = agent.put("api/agents/" + login + "/state", "{\"state\": \"READY\"}");
        assertEquals(200, ready.status(), ready::toString);
        assertEquals("READY", ready.json().getString("state"));
        assertEquals(403, agent.put("api/agents/" + colleague + "/state", "{\"state\": \"READY\"}").status());

        Reply noReason = agent.put("api/agents/me/state", "{\"state\": \"NOT_READY\"}");
        assertEquals(400, noReason.status(), noReason::toString);
        assertEquals("reason", noReason.json().getString("field"));

        Api supervisor = as(hire("SUPERVISOR"));
        Reply sent = supervisor.put("api/agents/" + login + "/state",
                "{\"state\": \"NOT_READY\", \"reason\": \"coaching\"}");
        assertEquals(200, sent.status(), sent::toString);
        JsonObject listed = supervisor.get("api/agents").array().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("login").equals(login)).findFirst().orElseThrow();
        assertEquals("NOT_READY", listed.getString("state"));
        assertEquals("coaching", listed.getString("notReadyReason"));
        assertEquals("1001", listed.getString("extension"));
    }

    @Test
    void hiringRefusesATakenLoginAWeakPasswordAndUnknownQueues() {
        String taken = hire("AGENT");

        Reply again = admin.post("api/agents", """
                {"login": "%s", "name": "Again", "password": "%s"}""".formatted(taken, PASSWORD));
        assertEquals(409, again.status(), again::toString);
        assertEquals(field(admin.post("api/agents", "{\"login\": \"Bad Login\", \"name\": \"x\", \"password\": \""
                + PASSWORD + "\"}")), "login");
        assertEquals(field(admin.post("api/agents", "{\"login\": \"weak-" + System.nanoTime()
                + "\", \"name\": \"x\", \"password\": \"short\"}")), "password");
        assertEquals(field(admin.post("api/agents", "{\"login\": \"lost-" + System.nanoTime()
                + "\", \"name\": \"x\", \"password\": \"" + PASSWORD + "\", \"queues\": [\"no-such-queue\"]}")),
                "queues");
    }

    @Test
    void hiringRefusesCommonPasswordsTheLoginItselfOneCharacterRepeatedAndAbsurdLengths() {
        String login = "careless-" + System.nanoTime() % 1_000_000;
        for (String weak : List.of("password12", "          ", "aaaaaaaaaaaa", login, login + "!!2024",
                "Xk3_9fQz2mLp".repeat(11))) {
            assertEquals("password", field(admin.post("api/agents", """
                    {"login": "%s", "name": "Careless", "password": "%s"}""".formatted(login, weak))), weak);
        }
    }

    private static String field(Reply refused) {
        assertEquals(400, refused.status(), refused::toString);
        return refused.json().getString("field");
    }
}
