package org.helpdesk.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.helpdesk.it.Api;
import org.helpdesk.it.Api.Reply;
import org.helpdesk.it.Deployments;
import org.helpdesk.it.Phones;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Page context: browsers report pages ({@code POST /api/visits}), a visitor is identified by a help request that
 * carries their id or by the site's login report ({@code PUT /api/visitors/{id}/phone}), and the screen-pop of that
 * number's request shows the page read in the last few minutes ("reading now", 6 s in this deployment).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VisitIT {

    private static final String QUEUE = "visit-it";
    private static final String SITE = "https://shop.example.com";
    private static final Duration RECENT = Duration.ofSeconds(6);
    private static final int PAGE_VIEWS_PER_MINUTE = 5;
    private static final String PASSWORD = "a-long-password";
    private static final AtomicInteger CLIENTS = new AtomicInteger(10);

    private final Api anonymous = Api.local();
    private final Api admin = anonymous.asAdmin();
    /** Each test is its own client address (the test client is a trusted proxy here), so limits do not mix. */
    private final String client = "203.0.113." + CLIENTS.incrementAndGet();

    @Deployment(testable = false)
    static WebArchive helpdesk() {
        Map<String, String> settings = new HashMap<>(Deployments.GENEROUS_LIMITS);
        settings.put("helpdesk.queues", "default," + QUEUE);
        settings.put("helpdesk.trusted-proxies", "127.0.0.1");
        settings.put("helpdesk.rate.page-views-per-ip-per-minute", String.valueOf(PAGE_VIEWS_PER_MINUTE));
        settings.put("helpdesk.visit.recent-minutes", "0.1");
        settings.put("helpdesk.site-origins", SITE + ", https://www.example.com/");
        return Deployments.helpdesk(settings);
    }

    private static String newVisitorId() {
        return "it-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + "-" + System.nanoTime();
    }

    private Reply view(String visitorId, String url, String title) {
        return anonymous.post("api/visits", """
                {"visitorId": "%s", "url": "%s", "title": "%s"}""".formatted(visitorId, url, title),
                Map.of("Content-Type", "application/json", "X-Forwarded-For", client));
    }

    private String submit(String phone, String visitorId) {
        String visitor = visitorId == null ? "" : ", \"visitorId\": \"" + visitorId + "\"";
        Reply created = anonymous.post("api/help-requests", """
                {"phone": "%s", "queue": "%s", "pageUrl": "%s/help-from"%s}""".formatted(phone, QUEUE, SITE,
                visitor), Map.of("Content-Type", "application/json", "X-Forwarded-For", client));
        assertTrue(created.status() == 201, created::toString);
        return created.json().getString("id");
    }

    /** The screen-pop of the request, as the agent it is given to sees it. */
    private JsonObject popOf(String requestId) {
        String login = "visit-" + System.nanoTime() % 1_000_000_000;
        Reply hired = admin.post("api/agents", """
                {"login": "%s", "name": "Visit Agent", "password": "%s", "extension": "1001", "queues": ["%s"]}"""
                .formatted(login, PASSWORD, QUEUE));
        assertEquals(201, hired.status(), hired::toString);
        Reply ready = anonymous.as(login, PASSWORD).put("api/agents/me/state", "{\"state\": \"READY\"}");
        assertEquals(200, ready.status(), ready::toString);
        Reply assigned = admin.post("api/agents/" + login + "/assignments", "{\"requestId\": \"" + requestId + "\"}");
        assertEquals(200, assigned.status(), assigned::toString);
        return assigned.json();
    }

    @Test
    void aHelpRequestWithTheVisitorIdBringsTheirCurrentPageIntoTheScreenPop() {
        String visitor = newVisitorId();
        assertEquals(204, view(visitor, SITE + "/cart", "Your cart").status());
        Reply latest = view(visitor, SITE + "/pay?step=2", "Pay <now>");
        assertEquals(204, latest.status(), latest::toString);

        JsonObject pop = popOf(submit(Phones.unique(), visitor));

        JsonObject page = pop.getJsonObject("readingNow");
        assertEquals(SITE + "/pay?step=2", page.getString("url"), pop::toString);
        assertEquals("Pay <now>", page.getString("title"), "the title as sent, for the desk to escape");
        assertTrue(Instant.parse(page.getString("seenAt")).isAfter(Instant.now().minusSeconds(60)));
        assertEquals(SITE + "/help-from", pop.getJsonObject("request").getString("pageUrl"),
                "the page the request was made from stays beside it");
    }

    @Test
    void theSitesLoginReportIdentifiesTheVisitorAndTheLatestNumberWins() {
        String visitor = newVisitorId();
        String first = Phones.unique();
        String second = Phones.unique();
        assertEquals(204, view(visitor, SITE + "/account", "My account").status());

        Reply linked = admin.put("api/visitors/" + visitor + "/phone", "{\"phone\": \"" + first + "\"}");
        assertEquals(204, linked.status(), linked::toString);
        Reply relinked = admin.put("api/visitors/" + visitor + "/phone", "{\"phone\": \"" + second + "\"}");
        assertEquals(204, relinked.status(), relinked::toString);

        assertTrue(popOf(submit(first, null)).isNull("readingNow"), "the first number lost the visitor");
        assertEquals(SITE + "/account", popOf(submit(second, null)).getJsonObject("readingNow").getString("url"));
    }

    @Test
    void aPageOlderThanTheRecentWindowIsNotShown() throws InterruptedException {
        String visitor = newVisitorId();
        String phone = Phones.unique();
        assertEquals(204, view(visitor, SITE + "/old", "Old").status());
        String request = submit(phone, visitor);

        // Nothing to poll for: the page has to age past the window.
        Thread.sleep(RECENT.plusSeconds(1).toMillis());

        assertTrue(popOf(request).isNull("readingNow"), "a stale page is not what the caller reads now");
    }

    @Test
    void hostilePageViewsAreRefusedNamingEachField() {
        Reply refused = view("short<script>", "javascript:alert(1)", "t".repeat(301));

        assertEquals(400, refused.status(), refused::toString);
        assertEquals("application/problem+json", refused.header("Content-Type"));
        JsonObject problem = refused.json();
        assertEquals("visitorId", problem.getString("field"));
        assertEquals(List.of("visitorId", "url", "title"), problem.getJsonArray("invalid-params")
                .getValuesAs(JsonObject.class).stream().map(param -> param.getString("name")).toList());

        Reply notAString = anonymous.post("api/visits", "{\"visitorId\": 42, \"url\": \"" + SITE + "/\"}",
                Map.of("Content-Type", "application/json", "X-Forwarded-For", client));
        assertEquals("visitorId", notAString.json().getString("field"), notAString::toString);
        Reply noUrl = view(newVisitorId(), "", "x");
        assertEquals("url", noUrl.json().getString("field"), noUrl::toString);
        Reply ftp = view(newVisitorId(), "ftp://shop.example.com/", "x");
        assertEquals("url", ftp.json().getString("field"), ftp::toString);
        Reply malformed = anonymous.post("api/visits", "{\"visitorId\":", Map.of("Content-Type", "application/json",
                "X-Forwarded-For", client));
        assertEquals(400, malformed.status(), malformed::toString);
    }

    @Test
    void badIdentificationsAreRefusedAndOnlyAdministratorsMayReportLogins() {
        String visitor = newVisitorId();
        Reply anonymousCall = anonymous.put("api/visitors/" + visitor + "/phone", "{\"phone\": \"+16502530000\"}");
        assertEquals(401, anonymousCall.status(), anonymousCall::toString);

        Reply badNumber = admin.put("api/visitors/" + visitor + "/phone", "{\"phone\": \"+1 900 555 0100\"}");
        assertEquals(400, badNumber.status(), badNumber::toString);
        assertEquals("phone", badNumber.json().getString("field"));
        Reply badVisitor = admin.put("api/visitors/not-random/phone", "{\"phone\": \"" + Phones.unique() + "\"}");
        assertEquals(400, badVisitor.status(), badVisitor::toString);
        assertEquals("visitorId", badVisitor.json().getString("field"));

        Reply badRequest = anonymous.post("api/help-requests", """
                {"phone": "%s", "queue": "%s", "visitorId": "x y"}""".formatted(Phones.unique(), QUEUE));
        assertEquals(400, badRequest.status(), badRequest::toString);
        assertEquals("visitorId", badRequest.json().getString("field"));
    }

    @Test
    void onlyTheConfiguredSiteOriginsMayReportFromTheBrowser() {
        Map<String, String> preflight = Map.of("Origin", SITE, "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "content-type");
        Reply allowed = anonymous.send("OPTIONS", "api/visits", null, preflight);
        assertEquals(SITE, allowed.header("Access-Control-Allow-Origin"), allowed::toString);
        assertTrue(allowed.header("Access-Control-Allow-Methods").contains("POST"));
        assertTrue(allowed.header("Access-Control-Allow-Headers").toLowerCase().contains("content-type"));
        assertNull(allowed.header("Access-Control-Allow-Credentials"), "never with cookies");

        Reply other = anonymous.send("OPTIONS", "api/visits", null, Map.of("Origin", "https://evil.test",
                "Access-Control-Request-Method", "POST"));
        assertNull(other.header("Access-Control-Allow-Origin"), other::toString);

        Reply posted = anonymous.post("api/visits", """
                {"visitorId": "%s", "url": "https://www.example.com/"}""".formatted(newVisitorId()),
                Map.of("Content-Type", "application/json", "Origin", "https://www.example.com",
                        "X-Forwarded-For", client));
        assertEquals(204, posted.status(), posted::toString);
        assertEquals("https://www.example.com", posted.header("Access-Control-Allow-Origin"));
        Reply refusedFromSite = anonymous.post("api/visits", "{}", Map.of("Content-Type", "application/json",
                "Origin", SITE, "X-Forwarded-For", client));
        assertEquals(400, refusedFromSite.status());
        assertEquals(SITE, refusedFromSite.header("Access-Control-Allow-Origin"), "the site's script may read why");
    }

    @Test
    void pageViewsAreLimitedPerClientWithoutUsingUpItsHelpRequests() {
        String visitor = newVisitorId();
        for (int i = 1; i <= PAGE_VIEWS_PER_MINUTE; i++) {
            Reply accepted = view(visitor, SITE + "/p" + i, "Page " + i);
            assertEquals(204, accepted.status(), () -> "view " + " within the limit: " + accepted);
        }
        Reply limited = view(visitor, SITE + "/one-too-many", "x");

        if (limited.status() == 204) {
            // the minute turned during the loop: the limit must still trip within this new minute
            for (int i = 0; i < PAGE_VIEWS_PER_MINUTE && limited.status() == 204; i++) {
                limited = view(visitor, SITE + "/again", "x");
            }
        }
        assertEquals(429, limited.status(), limited::toString);
        assertEquals("application/problem+json", limited.header("Content-Type"));
        long retryAfter = Long.parseLong(limited.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After within the minute: " + retryAfter);
        submit(Phones.unique(), visitor);
    }
}
