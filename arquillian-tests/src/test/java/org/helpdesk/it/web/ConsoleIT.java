package org.helpdesk.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The supervisor console in a real browser (headless Chromium): the supervisor logs in, watches a queue's count
 * change without reloading, and cancels a request with a button, which the audit trail records with their name. An
 * agent who logs in is not let into the console. A screenshot goes to {@code target/screenshots/console.png}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleIT extends BrowserTest {

    private static final String PASSWORD = "a-long-password";

    private final Api api = Api.local();
    private final Api admin = api.asAdmin();

    @Deployment(testable = false)
    static WebArchive helpdesk() {
        Map<String, String> configuration = new HashMap<>(Deployments.GENEROUS_LIMITS);
        configuration.put("helpdesk.queues", "default,watched");
        return Deployments.helpdesk(configuration);
    }

    @Override
    protected int pageWidth() {
        return 1280;
    }

    @Override
    protected int pageHeight() {
        return 900;
    }

    private String hire(String role) {
        String login = role.toLowerCase() + "-" + System.nanoTime() % 10_000_000;
        Reply hired = admin.post("api/agents", """
                {"login": "%s", "name": "Console %s", "password": "%s", "queues": ["watched"], "role": "%s"}"""
                .formatted(login, role, PASSWORD, role));
        assertEquals(201, hired.status(), hired::toString);
        return login;
    }

    private void logIn(String login, String next) {
        browser.get(api.base().resolve(next).toString());
        assertTrue(browser.getCurrentUrl().contains("/login"), "sent to the login page first");
        browser.findElement(By.id("login:username")).sendKeys(login);
        browser.findElement(By.id("login:password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login:submit")).click();
    }

    /** The queue's waiting count as shown, or null while the table is being replaced by a refresh. */
    private String waitingIn(String queue) {
        try {
            for (WebElement row : browser.findElements(By.cssSelector("[id='live:queues'] tbody tr"))) {
                if (row.findElement(By.className("queue-name")).getText().equals(queue)) {
                    return row.findElement(By.className("queue-waiting")).getText();
                }
            }
        } catch (StaleElementReferenceException refreshed) {
            // the poll replaced the table while we read it: read again on the next try
        }
        return null;
    }

    @Test
    void supervisorSeesTheCountChangeWithoutReloadingAndCancelsARequestOnRecord() {
        String supervisor = hire("SUPERVISOR");
        logIn(supervisor, "console");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(page -> waitingIn("watched") != null);
        browser.executeScript("window.__sameDocument = 'yes';");
        int before = Integer.parseInt(waitingIn("watched"));

        Reply submitted = api.post("api/help-requests",
                "{\"phone\": \"" + Phones.unique() + "\", \"queue\": \"watched\", \"name\": \"Watched Customer\"}");
        assertEquals(201, submitted.status(), submitted::toString);

        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(page -> String.valueOf(before + 1).equals(waitingIn("watched")));
        assertEquals("yes", browser.executeScript("return window.__sameDocument;"),
                "updated in place, not by a reload");

        browser.findElements(By.className("queue-link")).stream().filter(link -> link.getText().equals("watched"))
                .findFirst().orElseThrow().click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(page ->
                page.findElements(By.cssSelector("[id='live:requests'] .request-cancel")).size() >= 1);
        chromium.screenshot("console.png");
        browser.findElements(By.cssSelector("[id='live:requests'] .request-cancel")).get(0).click();

        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(page -> String.valueOf(before).equals(waitingIn("watched")));
        List<JsonObject> audit = admin.get("api/supervision/audit").array().getValuesAs(JsonObject.class);
        assertEquals("CANCEL_REQUEST", audit.get(0).getString("action"));
        assertEquals(supervisor, audit.get(0).getString("actor"));
    }

    @Test
    void agentWhoLogsInIsNotLetIntoTheConsole() {
        String agent = hire("AGENT");
        logIn(agent, "console");

        new WebDriverWait(browser, Duration.ofSeconds(30)).until(page -> page.getCurrentUrl().endsWith("/console")
                && "complete".equals(browser.executeScript("return document.readyState;")));
        // The status itself, asked by the browser with the agent's own session; the error page's wording is not it.
        Object status = browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(location.href, {credentials: 'same-origin'}).then(r => done(r.status));");
        assertEquals(403L, status, "the console answers 403 to an agent: " + browser.getPageSource());
        browser.get(api.base().resolve("desk").toString());
        assertEquals("Agent desktop · Helpdesk", browser.getTitle());
    }
}
