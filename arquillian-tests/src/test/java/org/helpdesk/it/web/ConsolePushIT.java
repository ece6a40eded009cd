package org.helpdesk.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The supervisor console is pushed, not polled (headless Chromium): what it shows follows the server's changes
 * without a click, "Move to" moves where the supervisor chose while refreshes re-render the page, and an idle
 * console lets its session end (this deployment's sessions last one minute) and then says so.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsolePushIT extends BrowserTest {

    private static final String PASSWORD = "a-long-password";
    private static final int SESSION_MINUTES = 1;

    private final Api api = Api.local();
    private final Api admin = api.asAdmin();

    @Deployment(testable = false)
    static WebArchive helpdesk() {
        Map<String, String> configuration = new HashMap<>(Deployments.GENEROUS_LIMITS);
        configuration.put("helpdesk.queues", "default,lisbon,porto");
        configuration.put("helpdesk.session-timeout-minutes", String.valueOf(SESSION_MINUTES));
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
                {"login": "%s", "name": "Pushed %s", "password": "%s", "queues": ["lisbon"], "role": "%s"}"""
                .formatted(login, role, PASSWORD, role));
        assertEquals(201, hired.status(), hired::toString);
        return login;
    }

    /** Logs a new supervisor into the console listing {@code queue}, and waits for its push socket to open. */
    private void openConsole(String queue) {
        logIn(api.base().resolve("console?queue=" + queue), hire("SUPERVISOR"), PASSWORD, Duration.ofSeconds(30));
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(page -> "open".equals(browser.executeScript("return document.body.dataset.push;")));
    }

    private Reply submit(String queue) {
        Reply submitted = api.post("api/help-requests",
                "{\"phone\": \"" + Phones.unique() + "\", \"queue\": \"" + queue + "\", \"name\": \"Pushed\"}");
        assertEquals(201, submitted.status(), submitted::toString);
        return submitted;
    }

    /** The phones listed in the waiting requests table, or null while a refresh replaces it. */
    private List<String> listedPhones() {
        try {
            return browser.findElements(By.cssSelector("[id='live:requests'] tbody tr")).stream()
                    .filter(row -> !row.findElements(By.className("request-move")).isEmpty())
                    .map(row -> row.findElements(By.tagName("td")).get(2).getText())
                    .toList();
        } catch (StaleElementReferenceException refreshed) {
            return null;
        }
    }

    private String stateShownFor(String login) {
        try {
            for (WebElement row : browser.findElements(By.cssSelector("[id='live:agents'] tbody tr"))) {
                List<WebElement> logins = row.findElements(By.className("agent-login"));
                if (!logins.isEmpty() && logins.get(0).getText().equals(login)) {
                    return row.findElement(By.className("agent-state")).getText();
                }
            }
        } catch (StaleElementReferenceException refreshed) {
            // replaced by a refresh while read: read again on the next try
        }
        return null;
    }

    /** The requests this page made to the server since it loaded, ajax and web socket alike. */
    private long requestsMade() {
        return ((Number) browser.executeScript(
                "return performance.getEntriesByType('resource').filter(entry => entry.initiatorType === "
                        + "'xmlhttprequest' || entry.initiatorType === 'fetch').length;")).longValue();
    }

    @Test
    void moveGoesToTheQueueChosenWhilePushesRefreshThePage() {
        Reply first = submit("lisbon");
        openConsole("lisbon");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(page -> {
            List<String> phones = listedPhones();
            return phones != null && phones.contains(first.json().getString("phone"));
        });

        new Select(browser.findElement(By.id("live:move-target"))).selectByVisibleText("porto");
        Reply second = submit("lisbon");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(page -> {
            List<String> phones = listedPhones();
            return phones != null && phones.contains(second.json().getString("phone"));
        });
        assertEquals("porto", new Select(browser.findElement(By.id("live:move-target")))
                .getFirstSelectedOption().getText(), "the refresh left the choice as it was");
        browser.findElement(By.cssSelector("[id='live:requests'] .request-move[title$='"
                + first.json().getString("phone") + "']")).click();

        new WebDriverWait(browser, Duration.ofSeconds(20)).until(page ->
                page.findElement(By.id("live:messages")).getText().contains("Moved to"));
        assertEquals("porto", admin.get("api/help-requests/" + first.json().getString("id")).json()
                .getString("queue"), "moved where the supervisor chose");
        assertEquals("lisbon", admin.get("api/help-requests/" + second.json().getString("id")).json()
                .getString("queue"), "the other request stays");
    }

    @Test
    void acceptedRequestAndAgentStateAppearByPushWithoutAPoll() {
        String agent = hire("AGENT");
        openConsole("porto");
        assertEquals(0L, browser.executeScript("return Object.values(window.PrimeFaces ? PrimeFaces.widgets : {})"
                + ".filter(widget => PrimeFaces.widget.Poll && widget instanceof PrimeFaces.widget.Poll).length;"),
                "no PrimeFaces poll on the console");
        browser.executeScript("window.__sameDocument = 'yes';");

        Reply submitted = submit("porto");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(page -> {
            List<String> phones = listedPhones();
            return phones != null && phones.contains(submitted.json().getString("phone"));
        });
        Reply onBreak = admin.put("api/agents/" + agent + "/state", "{\"state\": \"NOT_READY\", \"reason\": \"coffee\"}");
        assertEquals(200, onBreak.status(), onBreak::toString);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(page -> "NOT_READY".equals(stateShownFor(agent)));

        assertEquals("yes", browser.executeScript("return window.__sameDocument;"), "updated in place, not reloaded");
    }

    @Test
    void idleConsoleIssuesNoRequestsLetsItsSessionEndAndSaysSo() throws InterruptedException {
        openConsole("lisbon");
        long before = requestsMade();

        // Most of the session's timeout with nothing changing: the console must not ask the server anything (the
        // 3 s and 30 s polls it had did, and kept the session alive for ever).
        Thread.sleep(Duration.ofMinutes(SESSION_MINUTES).minusSeconds(15).toMillis());
        assertEquals(before, requestsMade(), "an idle console makes no request (a poll would keep the session)");

        // Then the session ends (the timeout, plus at most one sweep): the console says so on the login page.
        new WebDriverWait(browser, Duration.ofMinutes(SESSION_MINUTES).plusSeconds(60))
                .withMessage(() -> "at " + browser.getCurrentUrl() + ", push "
                        + browser.executeScript("return document.body && document.body.dataset.push;"))
                .until(page -> page.getCurrentUrl().contains("/login")
                        && !page.findElements(By.id("session-expired")).isEmpty());
        assertTrue(browser.getCurrentUrl().contains("next=%2Fconsole"), browser.getCurrentUrl());
    }

    @Test
    void consoleKeptBusyByPushesStillEndsWhenNobodyUsesIt() throws InterruptedException {
        openConsole("lisbon");
        long before = requestsMade();
        long refreshed = before;

        // A busy centre: the waiting line changes all through the timeout, so the console refreshes itself, and
        // each refresh is a request that renews the session as far as the container is concerned.
        long until = System.nanoTime() + Duration.ofMinutes(SESSION_MINUTES).plusSeconds(75).toNanos();
        while (System.nanoTime() < until && !browser.getCurrentUrl().contains("/login")) {
            refreshed = Math.max(refreshed, requestsMade());
            submit("lisbon");
            Thread.sleep(10_000);
        }

        assertTrue(refreshed > before, "the pushes refreshed the console meanwhile");
        assertTrue(browser.getCurrentUrl().contains("/login") && !browser.findElements(By.id("session-expired")).isEmpty(),
                () -> "the unattended console's session ends although pushes refreshed it; at " + browser.getCurrentUrl());
    }
}
