package org.helpdesk.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.helpdesk.it.Api;
import org.helpdesk.it.Api.Reply;
import org.helpdesk.it.ClosedHours;
import org.helpdesk.it.Deployments;
import org.helpdesk.it.Phones;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web form channel in a real browser: {@code /help} pre-filled by the linking page, each refusal next to its
 * field, and the confirmation page with the customer's place, an honest wait and a cancel button. Headless Chromium
 * through Selenium against the packaged WAR on Payara Micro. Each test uses its own phone number and browser.
 * Screenshots of the form and the confirmation go to {@code target/screenshots/}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HelpFormIT extends BrowserTest {

    private static final Pattern POSITION = Pattern.compile("You are number (\\d+) in the queue\\.");

    private final Api api = Api.local();

    @Deployment(testable = false)
    static WebArchive helpdesk() {
        // the queue endpoints are for administrators, and no one can log in yet (see the method)
        return Deployments.helpdesk();
    }

    @Override
    protected int pageWidth() {
        return 1280;
    }

    @Override
    protected int pageHeight() {
        return 720;
    }

    @Test
    void formIsPrefilledFromTheLinkingPage() {
        String phone = Phones.unique();
        String pageUrl = "https://shop.example.com/cart?item=42&step=pay";

        open(helpLink(Map.of("url", pageUrl, "title", "Your <b>cart</b>", "phone", phone, "name", "Ann Example",
                "queue", "default")));

        assertEquals(phone, field("phone").getAttribute("value"));
        assertEquals("Ann Example", field("name").getAttribute("value"));
        WebElement origin = byId("help:origin");
        assertTrue(origin.getText().startsWith("You asked for help from: Your <b>cart</b>"),
                "the title is shown as text, markup and all: " + origin.getText());
        assertTrue(origin.findElements(By.tagName("b")).isEmpty(), "the title's markup is never interpreted");
        WebElement link = byId("help:originUrl");
        assertEquals(pageUrl, link.getAttribute("href"));
        assertEquals(pageUrl, link.getText());
        for (String input : List.of("phone", "name", "preferredTime_input", "note")) {
            assertFalse(browser.findElements(By.cssSelector("label[for='help:" + input + "']")).isEmpty(),
                    "every input has a label: " + input);
        }
        assertFalse(byId("help:zone").getAttribute("value").isBlank(),
                "the browser's time zone is filled in for a preferred call-back time");
        screenshot("form.png");
    }

    @Test
    void invalidPhoneIsShownNextToThePhoneField() {
        open(helpLink(Map.of("title", "Contact")));

        field("phone").sendKeys("12");
        submit();

        WebElement message = waitForText("help:phoneMessage");
        assertTrue(message.getText().contains("not a valid phone number"), message.getText());
        WebElement phoneField = message.findElement(By.xpath("./ancestor::div[contains(@class,'help-field')]"));
        assertEquals(field("phone"), phoneField.findElement(By.tagName("input")), "the message is beside its field");
        assertEquals("12", field("phone").getAttribute("value"), "what the customer typed is kept");
        assertEquals("true", field("phone").getAttribute("aria-invalid"), "assistive technology is told too");
        assertEquals("", byId("help:nameMessage").getText());
        assertEquals("", byId("help:messages").getText(), "no global message for a field's mistake");
        assertEquals("/help", URI.create(browser.getCurrentUrl()).getPath(), "no request was made");
        screenshot("form-invalid-phone.png");
    }

    @Test
    void thePageTheCustomerCameFromSurvivesEveryCorrectedMistake() {
        String pageUrl = "https://shop.example.com/cart?item=42";
        open(helpLink(Map.of("url", pageUrl, "title", "Your cart")));

        submit(); // no number at all: refused by the form itself
        waitForText("help:phoneMessage");
        field("phone").sendKeys("12"); // not a number: refused by the intake
        submit();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(driver -> driver.findElement(By.id("help:phoneMessage")).getText().contains("not a valid"));
        assertEquals(pageUrl, byId("help:originUrl").getAttribute("href"), "still shown after the refusals");
        field("phone").clear();
        field("phone").sendKeys(Phones.unique());
        submit();

        JsonObject stored = api.get("api/help-requests/" + confirmationId()).json();
        assertEquals(pageUrl, stored.getString("pageUrl"), "the page is stored: " + stored);
        assertEquals("Your cart", stored.getString("pageTitle"), "and its title: " + stored);
    }

    @Test
    void javascriptPageUrlIsRefusedAndNeverRendered() {
        String phone = Phones.unique();
        String link = helpLink(Map.of("url", "javascript:alert(document.domain)", "title", "Evil", "phone", phone));
        String served = api.get(link.substring(1)).body();
        assertFalse(served.contains("alert(document.domain)"), "the address is not in the page sent");

        open(link);

        assertFalse(browser.getPageSource().contains("alert(document.domain)"), "nor in the page shown");
        assertTrue(browser.findElements(By.cssSelector("a[href^='javascript']")).isEmpty());
        assertTrue(byId("help:originDropped").getText().contains("left it out"), "the customer is told");
        submit();

        String id = confirmationId();
        JsonObject stored = api.get("api/help-requests/" + id).json();
        assertTrue(stored.isNull("pageUrl"), "the address was never submitted: " + stored);
        assertEquals("Evil", stored.getString("pageTitle"));
    }

    @Test
    void submittedRequestShowsPositionAndHonestWaitThenCanBeCancelled() {
        open(helpLink(Map.of("url", "https://shop.example.com/", "title", "Shop", "phone", Phones.unique())));
        field("name").sendKeys("Ann Example");
        field("note").sendKeys("I cannot pay");
        submit();

        String id = confirmationId();
        JsonObject request = api.get("api/help-requests/" + id).json();
        assertEquals("QUEUED", request.getString("status"));
        assertEquals("We have your request.", byId("status").getText());
        Matcher position = POSITION.matcher(byId("position").getText());
        assertTrue(position.matches(), byId("position").getText());
        assertTrue(Integer.parseInt(position.group(1)) >= 1);
        String wait = byId("wait").getText();
        if (!request.isNull("estimatedWaitSeconds")) {
            assertTrue(wait.matches("We expect to call you in about .*|An agent will call you in a moment\\."), wait);
        } else {
            assertEquals("No agent is available right now, so we cannot say when we will call."
                    + " You keep your place in the queue.", wait, "no invented number");
        }
        screenshot("confirmation.png");

        byId("cancelForm:cancel").click();

        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBe(By.id("status"), "This request is cancelled."));
        assertTrue(byId("messages").getText().contains("Your request is cancelled."), byId("messages").getText());
        assertTrue(browser.findElements(By.id("cancelForm:cancel")).isEmpty(), "nothing left to cancel");
        assertEquals("CANCELLED", api.get("api/help-requests/" + id).json().getString("status"));
        screenshot("cancelled.png");
    }

    @Test
    void requestToAClosedQueueSaysWeAreClosedAndWhenWeWillCall() {
        ClosedHours hours = ClosedHours.inZone("UTC");
        assertEquals(201, api.asAdmin().post("api/queues/closed-form", "{\"businessHours\": \"" + hours.text() + "\"}").status());
        open(helpLink(Map.of("phone", Phones.unique(), "queue", "closed-form")));
        submit();

        String id = confirmationId();
        JsonObject request = api.get("api/help-requests/" + id).json();
        assertTrue(request.getBoolean("outsideBusinessHours"));
        String closed = byId("closed").getText();
        assertTrue(closed.startsWith("We are closed at the time you asked, so we will call you as soon as we open: "),
                closed);
        assertTrue(browser.findElements(By.id("scheduled")).isEmpty(), "not told it is the time they chose");
        screenshot("closed.png");
    }

    @Test
    void helpNumberIsACallableLinkAndTheHelpPageIdentifiesItsVisitor() {
        String helpNumber = Phones.unique();
        String queue = "help-line-" + System.nanoTime() % 1_000_000;
        Api admin = api.asAdmin();
        assertEquals(201, admin.post("api/queues/" + queue, "{\"helpNumber\": \"" + helpNumber + "\"}").status());
        String agent = "help-line-agent-" + System.nanoTime() % 1_000_000;
        assertEquals(201, admin.post("api/agents", """
                {"login": "%s", "name": "Help Line", "password": "a-long-password", "extension": "1001",
                 "queues": ["%s"]}""".formatted(agent, queue)).status());
        assertEquals(200, api.as(agent, "a-long-password").put("api/agents/me/state", "{\"state\": \"READY\"}")
                .status());

        open(helpLink(Map.of("phone", Phones.unique(), "queue", queue)));

        String readable = "+1 650-" + helpNumber.substring(5, 8) + "-" + helpNumber.substring(8);
        WebElement call = byId("helpNumber");
        assertEquals("tel:" + helpNumber, call.getAttribute("href"));
        assertEquals(readable, call.getText());
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(driver -> field("visitorId").getAttribute("value").matches("[A-Za-z0-9_-]{16,64}"));
        screenshot("form-help-number.png");
        submit();

        String id = confirmationId();
        assertEquals("tel:" + helpNumber, byId("helpNumber").getAttribute("href"), "the confirmation shows it too");
        Reply assigned = admin.post("api/agents/" + agent + "/assignments", "{\"requestId\": \"" + id + "\"}");
        assertEquals(200, assigned.status(), assigned::toString);
        JsonObject readingNow = assigned.json().getJsonObject("readingNow");
        assertNotNull(readingNow, "the help page reported its visit and the request identified the visitor: "
                + assigned);
        assertEquals(api.base().resolve("/help").toString(), readingNow.getString("url"),
                "the help page without its query (the customer's number)");

        open(helpLink(Map.of("queue", "default")));
        assertTrue(browser.findElements(By.id("helpNumber")).isEmpty(), "no link for a queue without a number");
    }

    private static String helpLink(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(parameter -> parameter.getKey() + "=" + URLEncoder.encode(parameter.getValue(),
                        StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "/help?", ""));
    }

    private void open(String path) {
        browser.get(api.base().resolve(path).toString());
        assertNotNull(byId("help"), "the form is shown");
    }

    private void submit() {
        byId("help:submit").click();
    }

    /** Waits for the redirect to the confirmation page and answers the request id it shows. */
    private String confirmationId() {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/help/confirmation"));
        URI page = URI.create(browser.getCurrentUrl());
        return List.of(page.getRawQuery().split("&")).stream()
                .filter(parameter -> parameter.startsWith("id="))
                .map(parameter -> parameter.substring(3))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no id in " + page));
    }

    private WebElement field(String name) {
        return byId("help:" + name);
    }

    private WebElement byId(String id) {
        return new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    private WebElement waitForText(String id) {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(driver -> !driver.findElement(By.id(id)).getText().isBlank());
        return byId(id);
    }

    private void screenshot(String name) {
        chromium.screenshot(name);
    }
}
