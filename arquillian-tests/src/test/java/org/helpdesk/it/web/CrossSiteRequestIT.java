package org.helpdesk.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.helpdesk.it.Api;
import org.helpdesk.it.Api.Reply;
import org.helpdesk.it.Deployments;
import org.helpdesk.it.Phones;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Cross-site request forgery, as it was done to Helpdesk: a supervisor is logged in to the console; in the same
 * browser they open another site's page (here {@code http://127.0.0.2:<port>/}, served by this test: another origin
 * and another site than {@code http://127.0.0.1:<port>/}), which posts a {@code text/plain} form to the operator API,
 * one that needs no CORS preflight. Nothing happens: the request stays queued, the agent stays logged in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrossSiteRequestIT extends BrowserTest {

    private static final String PASSWORD = "a-long-password";

    private final Api api = Api.local();
    private final Api admin = api.asAdmin();
    private HttpServer foreignSite;

    @Deployment(testable = false)
    static WebArchive helpdesk() {
        return Deployments.helpdesk();
    }

    @Override
    protected int pageWidth() {
        return 1024;
    }

    @Override
    protected int pageHeight() {
        return 768;
    }

    /** Another site: one page that posts the form it is given to Helpdesk as soon as it loads. */
    @BeforeEach
    void openTheForeignSite() throws IOException {
        foreignSite = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 0);
        foreignSite.createContext("/", exchange -> {
            String action = api.base().resolve(exchange.getRequestURI().getQuery()).toString();
            byte[] page = """
                    <!DOCTYPE html><html><body>
                    <form id="attack" method="POST" enctype="text/plain" action="%s">
                      <input type="hidden" name='{"reason": "' value='"}'>
                    </form>
                    <script>document.getElementById("attack").submit();</script>
                    </body></html>""".formatted(action).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        foreignSite.start();
    }

    @AfterEach
    void closeTheForeignSite() {
        foreignSite.stop(0);
    }

    private String hire(String role) {
        String login = role.toLowerCase() + "-csrf-" + System.nanoTime() % 10_000_000;
        Reply hired = admin.post("api/agents", """
                {"login": "%s", "name": "Csrf %s", "password": "%s", "queues": ["default"], "extension": "1001",
                 "role": "%s"}""".formatted(login, role, PASSWORD, role));
        assertEquals(201, hired.status(), hired::toString);
        return login;
    }

    private void logInToTheConsole(String supervisor) {
        browser.get(api.base().resolve("console").toString());
        browser.findElement(By.id("login:username")).sendKeys(supervisor);
        browser.findElement(By.id("login:password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(page -> page.getCurrentUrl().endsWith("/console"));
    }

    /**
     * Opens the foreign page, which posts its form at once, and waits until the browser shows Helpdesk's answer
     * (a refusal is a page), or until the attack is seen to have worked (a {@code 204} leaves the foreign page shown).
     */
    private void visitTheForeignPageThatPosts(String apiPath, BooleanSupplier attackWorked) {
        String foreignPage = "http://127.0.0.2:" + foreignSite.getAddress().getPort() + "/?" + apiPath;
        browser.get(foreignPage);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(page -> attackWorked.getAsBoolean()
                || page.getCurrentUrl().equals(api.base().resolve(apiPath).toString())
                        && "complete".equals(browser.executeScript("return document.readyState;")));
    }

    private boolean stillQueued(String request) {
        return "QUEUED".equals(api.get("api/help-requests/" + request).json().getString("status"));
    }

    private boolean stillReady(String agent) {
        return "READY".equals(admin.get("api/agents/" + agent).json().getString("state"));
    }

    @Test
    void aForeignPageCannotCancelARequestOrLogAnAgentOutInTheSupervisorsName() {
        String supervisor = hire("SUPERVISOR");
        String agent = hire("AGENT");
        Reply ready = admin.put("api/agents/" + agent + "/state", "{\"state\": \"READY\"}");
        assertEquals(200, ready.status(), ready::toString);
        Reply submitted = api.post("api/help-requests", "{\"phone\": \"" + Phones.unique() + "\"}");
        assertEquals(201, submitted.status(), submitted::toString);
        String request = submitted.json().getString("id");
        logInToTheConsole(supervisor);

        visitTheForeignPageThatPosts("api/supervision/requests/" + request + "/cancel", () -> !stillQueued(request));
        visitTheForeignPageThatPosts("api/supervision/agents/" + agent + "/logout", () -> !stillReady(agent));

        assertTrue(stillQueued(request), "the request was not cancelled");
        assertTrue(stillReady(agent), "the agent was not logged out");
        assertTrue(admin.get("api/supervision/audit").array().stream()
                .noneMatch(entry -> entry.asJsonObject().getString("actor").equals(supervisor)),
                "nothing was done in the supervisor's name");
        browser.get(api.base().resolve("console").toString());
        assertTrue(browser.getCurrentUrl().endsWith("/console"), "the supervisor is still logged in");
    }
}
