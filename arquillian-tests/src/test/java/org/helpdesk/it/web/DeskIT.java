package org.helpdesk.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The agent desktop's screen-pop in a real browser: an agent logs in, goes ready, a supervisor gives them a request,
 * and the request pops up without a reload (Faces push), the customer's text shown as text and never run. Headless
 * Chromium through Selenium against the packaged WAR on Payara Micro. The screenshot of the desktop with the
 * screen-pop goes to {@code target/screenshots/desk-screen-pop.png} (the README shows a copy from
 * {@code docs/screenshots/}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeskIT extends BrowserTest {

    private static final String PASSWORD = "a-long-password";
    private static final String HOSTILE_NAME = "<img src=x onerror=alert(1)>";
    private static final String PAGE_URL = "https://shop.example.com/cart?item=42&step=pay";

    private final Api api = Api.local();
    private final Api admin = api.asAdmin();

    @Deployment(testable = false)
    static WebArchive helpdesk() {
        return Deployments.helpdesk();
    }

    @Override
    protected int pageWidth() {
        return 1280;
    }

    @Override
    protected int pageHeight() {
        return 900;
    }

    @Test
    void assignedRequestPopsUpWithoutAReloadAndTheCustomersTextNeverRuns() {
        String login = hire();
        String phone = Phones.unique();
        String earlier = submit(phone, HOSTILE_NAME, "https://shop.example.com/").json().getString("id");
        api.delete("api/help-requests/" + earlier);
        String id = submit(phone, HOSTILE_NAME, PAGE_URL).json().getString("id");
        // "Zoe ..." sorts after the names other test classes list first
        Reply customer = admin.post("api/customers", """
                {"name": "Zoe %s", "phones": ["%s"], "account": "ACME-7", "tier": "gold", "notes": "<b>not bold</b>"}"""
                .formatted(HOSTILE_NAME, phone));
        assertEquals(201, customer.status(), customer::toString);

        logIn(login);
        byId("state:ready").click();
        wait(Duration.ofSeconds(30)).until(ExpectedConditions.textToBe(By.id("agent-state"), "READY"));
        wait(Duration.ofSeconds(30)).until(driver -> "open".equals(
                js().executeScript("return document.body.dataset.push;")));
        assertTrue(byId("no-screen-pop").isDisplayed(), "nothing to show yet");
        js().executeScript("window.__marker = 1;");

        Reply assigned = admin.post("api/agents/" + login + "/assignments", "{\"requestId\": \"" + id + "\"}");
        assertEquals(200, assigned.status(), assigned::toString);

        WebElement name = wait(Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("pop-name")));
        assertEquals(1L, js().executeScript("return window.__marker;"), "the page was not reloaded");
        assertEquals(HOSTILE_NAME, name.getText(), "the name is shown as the text it is");
        assertTrue(browser.findElements(By.cssSelector("img[src='x']")).isEmpty(), "no markup from the customer");
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert(), "no script of the customer ran");
        assertEquals(phone, byId("pop-phone").getText());
        assertEquals("Your cart", byId("pop-page-title").getText());
        assertEquals("1", byId("pop-attempts").getText());
        WebElement link = byId("pop-page-link");
        assertEquals(PAGE_URL, link.getAttribute("href"));
        assertEquals("_blank", link.getAttribute("target"));
        assertEquals("noopener noreferrer", link.getAttribute("rel"));
        assertEquals(PAGE_URL, byId("pop-open-page").getAttribute("data-url"));
        assertEquals("ACME-7", byId("pop-customer-account").getText(), "the record found by the caller's number");
        assertEquals("<b>not bold</b>", byId("pop-customer-notes").getText());
        assertTrue(browser.findElements(By.tagName("b")).isEmpty(), "no markup from the customer record either");
        assertTrue(byId("pop-announcement").getText().startsWith("New call for you: " + HOSTILE_NAME),
                "the live region announces it: " + byId("pop-announcement").getText());
        screenshot("desk-screen-pop.png");

        new Select(byId("wrap-up-form:outcome")).selectByValue("CALL_BACK");
        byId("wrap-up-form:notes").sendKeys("Wants the invoice explained");
        String tomorrow = LocalDate.now().plusDays(1) + "T10:30";
        js().executeScript("arguments[0].value = arguments[1];", byId("wrap-up-form:call-back-at"), tomorrow);
        byId("wrap-up-form:finish").click();

        wait(Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.id("agent-state"), "WRAP_UP"));
        assertTrue(byId("no-screen-pop").isDisplayed(), "the finished call leaves the desktop");
        assertEquals("COMPLETED", api.get("api/help-requests/" + id).json().getString("status"));
        List<JsonObject> waiting = admin.get("api/queues/default/requests").array().getValuesAs(JsonObject.class);
        JsonObject callBack = waiting.stream().filter(r -> r.getString("phone").equals(phone)).findFirst()
                .orElseThrow(() -> new AssertionError("the agreed call-back is scheduled"));
        assertEquals("SCHEDULED", callBack.getString("status"));
    }

    @Test
    void callersEarlierRequestsAreListedNewestFirst() {
        String login = hire();
        String phone = Phones.unique();
        String first = submit(phone, "Ann", "https://shop.example.com/first").json().getString("id");
        api.delete("api/help-requests/" + first);
        String id = submit(phone, "Ann", PAGE_URL).json().getString("id");
        logIn(login);
        byId("state:ready").click();
        wait(Duration.ofSeconds(30)).until(ExpectedConditions.textToBe(By.id("agent-state"), "READY"));
        wait(Duration.ofSeconds(30)).until(driver -> "open".equals(
                js().executeScript("return document.body.dataset.push;")));

        assertEquals(200, admin.post("api/agents/" + login + "/assignments",
                "{\"requestId\": \"" + id + "\"}").status());

        WebElement past = wait(Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("pop-past")));
        List<WebElement> rows = past.findElements(By.cssSelector("tbody tr"));
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).getText().contains("CANCELLED") && rows.get(0).getText().contains(first),
                rows.get(0).getText());

        browser.navigate().refresh();
        assertEquals("Ann", byId("pop-name").getText(), "a reload shows the request the agent is on");
    }

    @Test
    void javascriptPageUrlIsRefusedAtIntake() {
        Reply refused = submit(Phones.unique(), "Ann", "javascript:alert(1)");

        assertEquals(400, refused.status(), refused::toString);
        assertEquals("pageUrl", refused.json().getString("field"));
    }

    private String hire() {
        String login = "desk-" + System.nanoTime() % 1_000_000;
        Reply hired = admin.post("api/agents", """
                {"login": "%s", "name": "Dana Desk", "password": "%s", "extension": "1001", "queues": ["default"]}"""
                .formatted(login, PASSWORD));
        assertEquals(201, hired.status(), hired::toString);
        return login;
    }

    private Reply submit(String phone, String name, String pageUrl) {
        JsonObject body = jakarta.json.Json.createObjectBuilder()
                .add("phone", phone).add("name", name).add("pageUrl", pageUrl).add("pageTitle", "Your cart")
                .add("note", "The pay button does nothing").build();
        return api.post("api/help-requests", body.toString());
    }

    private void logIn(String login) {
        logIn(api.base().resolve("desk"), login, PASSWORD, Duration.ofSeconds(30));
        byId("state:ready");
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser;
    }

    private WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(browser, timeout);
    }

    private WebElement byId(String id) {
        return wait(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    private void screenshot(String name) {
        chromium.screenshot(name);
    }
}
