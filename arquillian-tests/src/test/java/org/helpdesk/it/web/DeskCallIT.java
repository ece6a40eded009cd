package org.helpdesk.it.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.helpdesk.it.Api;
import org.helpdesk.it.Api.Reply;
import org.helpdesk.it.CallCentre;
import org.helpdesk.it.PhoneTrace;
import org.helpdesk.it.PhoneTrace.Received;
import org.helpdesk.it.Phones;
import org.helpdesk.jtapi.sip.Sipp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The agent desktop on real calls: the packaged application with its JTAPI provider (jtapi-ri over SIP on 127.0.0.1),
 * sipp as the agent's phone and the customers' trunk (phones that stay on the line until someone hangs up), and the
 * desk in headless Chromium. What the agent clicks never puts a second customer on a phone that is on a call; the
 * desk shows what the telephony reports (ringing, talking with a timer, the end and its time), hangs up, and counts
 * the wrap-up down; an outcome left unrecorded is recorded as such, and no call pops up over an unfinished wrap-up.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeskCallIT extends BrowserTest {

    static final int BASE = Integer.getInteger("helpdesk.it.sipBase", 25060) + 400;
    static final int PROVIDER = BASE;
    static final int TRUNK = BASE + 1;
    static final int TRUNK_CONTROL = BASE + 2;
    static final int TRUNK_MEDIA = BASE + 60;
    private static final String PASSWORD = CallCentre.PASSWORD;
    private static final Duration CALL = Duration.ofSeconds(40);
    private static final Duration PHONES_LIVE = Duration.ofMinutes(3);

    private final CallCentre centre = new CallCentre();
    private final Api api = centre.anonymous();
    private final List<Sipp> phones = new ArrayList<>();

    /** Agent phone {@code n} (1..3): extension 740n at BASE + 10 + n. */
    static int phonePort(int n) {
        return BASE + 10 + n;
    }

    static String extension(int n) {
        return "740" + n;
    }

    @Deployment(testable = false)
    static WebArchive helpdesk() {
        Map<String, Integer> phones = new TreeMap<>();
        for (int n = 1; n <= 3; n++) {
            phones.put(extension(n), phonePort(n));
        }
        return CallCentre.deployment(PROVIDER, TRUNK, phones, ";ringTimeout=15;setupTimeout=3");
    }

    @BeforeAll
    static void sippIsInstalled() {
        Sipp.requireInstalled();
    }

    @AfterEach
    void hangUpThePhones() {
        phones.forEach(Sipp::close);
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
    void phoneOnACallIsNeverOfferedASecondCustomerWhateverTheDeskSays() throws Exception {
        String queue = queue("desk-one-call", 3);
        String login = hire(queue, 1);
        Customer first = submit(queue);
        Customer second = submit(queue);
        logIn(login);
        // the agent's phone takes two calls; the first customer talks for 12 s, then hangs up
        Sipp agentPhone = phone(Sipp.phone("agent-answers.xml", 2, phonePort(1), BASE + 21, BASE + 30, PROVIDER,
                PHONES_LIVE));
        phone(Sipp.phone("customer-hangs-up-after-talking.xml", TRUNK, TRUNK_CONTROL, TRUNK_MEDIA, PROVIDER,
                List.of("-d", "12000", "-m", "2")));

        click("state:ready");
        await().atMost(CALL).until(() -> "CONNECTED".equals(status(first)));
        // while they talk: the agent records the outcome and says they are ready for the next call
        new Select(byId("wrap-up-form:outcome")).selectByValue("RESOLVED");
        click("wrap-up-form:finish");
        byId("no-screen-pop");
        click("state:ready");
        wait(CALL).until(ExpectedConditions.textToBe(By.id("agent-state"), "READY"));

        // the customer hangs up; only then may the phone ring again, with the second customer
        await().atMost(CALL).until(() -> invites(agentPhone).size() == 2 && hangUpOfFirstCall(agentPhone) != null);
        List<Received> inOrder = PhoneTrace.of(agentPhone.messages()).received();
        assertTrue(inOrder.indexOf(hangUpOfFirstCall(agentPhone)) < inOrder.indexOf(invites(agentPhone).get(1)),
                "the second INVITE came while the first call was still up: " + inOrder);
        await().atMost(CALL).until(() -> !"QUEUED".equals(status(second)));
        assertEquals("RESOLVED", api.get("api/help-requests/" + first.id()).json().getString("outcome"));
    }

    @Test
    void deskShowsRingingThenTalkingWithATimerAndTheEndTheTelephonyReportsAfterHangUp() throws Exception {
        String queue = queue("desk-hang-up", 30);
        String login = hire(queue, 2);
        Customer customer = submit(queue);
        logIn(login);
        Sipp agentPhone = phone(Sipp.phone("agent-answers-after-ringing.xml", phonePort(2), BASE + 22, BASE + 40,
                PROVIDER, List.of("-d", "4000")));
        Sipp customerPhone = phone(Sipp.phone("customer-answers.xml", TRUNK, TRUNK_CONTROL, TRUNK_MEDIA, PROVIDER,
                List.of()));

        click("state:ready");

        wait(CALL).until(driver -> "RINGING".equals(byId("call-phase").getAttribute("data-phase")));
        assertEquals("Ringing", byId("call-phase").getText());
        assertEquals(customer.phone(), byId("pop-phone").getText(), "the screen-pop shows while the phone rings");
        wait(CALL).until(driver -> "TALKING".equals(byId("call-phase").getAttribute("data-phase")));
        String started = byId("talk-time").getText();
        wait(CALL).until(driver -> !byId("talk-time").getText().equals(started));
        assertTrue(byId("talk-time").getText().matches("\\d+ s|\\d+ min \\d+ s"), byId("talk-time").getText());

        click("call:hang-up");

        wait(CALL).until(driver -> "ENDED".equals(byId("call-phase").getAttribute("data-phase")));
        CallCentre.assertPassed(agentPhone, CALL);
        CallCentre.assertPassed(customerPhone, CALL);
        JsonObject call = centre.calls(customer.id()).get(0);
        assertEquals("HUNG_UP", call.getString("endCause"), call::toString);
        assertEquals(DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault())
                        .format(Instant.parse(call.getString("endedAt"))), byId("call-ended-at").getText(),
                "the end the telephony reported: " + call);
        assertEquals("HUNG_UP", byId("call-end-cause").getText());
        assertTrue(browser.findElements(By.id("call:hang-up")).isEmpty(), "nothing left to hang up");
        JsonObject reported = api.as(login, PASSWORD).get("api/agents/me/call").json();
        assertEquals("ENDED", reported.getString("phase"), reported::toString);
        assertEquals(call.getString("endedAt"), reported.getString("endedAt"));
        wait(CALL).until(ExpectedConditions.textToBe(By.id("agent-state"), "WRAP_UP"));
    }

    @Test
    void wrapUpCountsDownAndNoCallPopsUpOverItUntilTheOutcomeIsRecorded() throws Exception {
        String queue = queue("desk-wrap-up", 60);
        String login = hire(queue, 3);
        Customer first = submit(queue);
        Customer second = submit(queue);
        logIn(login);
        Sipp agentPhone = phone(Sipp.phone("agent-answers.xml", 2, phonePort(3), BASE + 23, BASE + 50, PROVIDER,
                PHONES_LIVE));
        phone(Sipp.phone("customer-hangs-up-after-talking.xml", TRUNK, TRUNK_CONTROL, TRUNK_MEDIA, PROVIDER,
                List.of("-d", "500", "-m", "2")));

        click("state:ready");

        wait(CALL).until(ExpectedConditions.textToBe(By.id("agent-state"), "WRAP_UP"));
        long secondsLeft = Long.parseLong(byId("wrap-up-left").getAttribute("data-clock-down"));
        assertTrue(secondsLeft > 0 && secondsLeft <= 60, "seconds left: " + secondsLeft);
        String shownFirst = byId("wrap-up-left").getText();
        wait(CALL).until(driver -> !byId("wrap-up-left").getText().equals(shownFirst)); // it counts down
        assertEquals(first.phone(), byId("pop-phone").getText(), "the wrap-up form of the call that ended stays");
        click("state:ready");
        wait(CALL).until(ExpectedConditions.textToBePresentInElementLocated(By.id("state:messages"),
                "Record the outcome of your last call first"));
        assertEquals("WRAP_UP", byId("agent-state").getText());
        browser.navigate().refresh();
        assertEquals(first.phone(), byId("pop-phone").getText(), "a reload keeps the unfinished wrap-up");
        assertEquals(1, invites(agentPhone).size(), "no call was offered over the unfinished wrap-up");

        new Select(byId("wrap-up-form:outcome")).selectByValue("ESCALATED");
        click("wrap-up-form:finish");
        wait(CALL).until(ExpectedConditions.textToBe(By.id("call-outcome"), "ESCALATED"));
        click("state:ready");

        wait(CALL).until(driver -> second.phone().equals(byId("pop-phone").getText()));
        assertEquals("ESCALATED", api.get("api/help-requests/" + first.id()).json().getString("outcome"));
        assertEquals(2, invites(agentPhone).size());
    }

    @Test
    void outcomeLeftUnrecordedWhenTheWrapUpEndsIsRecordedAsNotRecordedForAllToSee() throws Exception {
        String queue = queue("desk-not-recorded", 6);
        String login = hire(queue, 3);
        Customer customer = submit(queue);
        logIn(login);
        phone(Sipp.phone("agent-answers.xml", phonePort(3), BASE + 23, BASE + 50, PROVIDER, List.of()));
        phone(Sipp.phone("customer-hangs-up-after-talking.xml", TRUNK, TRUNK_CONTROL, TRUNK_MEDIA, PROVIDER,
                List.of("-d", "500")));

        click("state:ready");

        wait(CALL).until(ExpectedConditions.textToBe(By.id("agent-state"), "WRAP_UP"));
        byId("wrap-up-left");
        wait(CALL).until(ExpectedConditions.textToBe(By.id("call-outcome"), "NOT_RECORDED"));
        byId("no-screen-pop");
        wait(CALL).until(ExpectedConditions.textToBe(By.id("agent-state"), "READY"));
        assertEquals("NOT_RECORDED", api.get("api/help-requests/" + customer.id()).json().getString("outcome"));
        assertEquals("NOT_RECORDED", api.as(login, PASSWORD).get("api/agents/me/call").json().getString("outcome"));
        Reply late = api.as(login, PASSWORD).post("api/agents/me/wrap-up", "{\"outcome\": \"RESOLVED\"}");
        assertEquals(409, late.status(), "the wrap-up is over: " + late);
    }


    private Sipp phone(Sipp sipp) {
        phones.add(sipp);
        return sipp;
    }

    /** The BYE that ended the phone's first call, or null if it has not come. */
    private static Received hangUpOfFirstCall(Sipp phone) throws IOException {
        List<Received> invites = invites(phone);
        return invites.isEmpty() ? null : PhoneTrace.of(phone.messages()).received("BYE").stream()
                .filter(bye -> bye.callId().equals(invites.get(0).callId())).findFirst().orElse(null);
    }

    private static List<Received> invites(Sipp phone) {
        try {
            // a re-INVITE (the customer's media) carries its call's Call-ID: one INVITE per call
            return PhoneTrace.of(phone.messages()).received("INVITE");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A customer's request: its id and the number it is called at. */
    private record Customer(String id, String phone) {
    }

    private String queue(String prefix, int wrapUpSeconds) {
        String name = prefix + "-" + System.nanoTime() % 100_000;
        centre.queue(name, "{\"wrapUpSeconds\": " + wrapUpSeconds + "}");
        return name;
    }

    private String hire(String queue, int phone) {
        return centre.hire(queue + "-agent", extension(phone), queue);
    }

    private Customer submit(String queue) {
        String phone = Phones.unique();
        return new Customer(centre.submit(queue, phone), phone);
    }

    private String status(Customer customer) {
        return centre.status(customer.id());
    }

    private void logIn(String login) {
        logIn(api.base().resolve("desk"), login, PASSWORD, CALL);
        byId("state:ready");
        wait(CALL).until(driver -> "open".equals(((JavascriptExecutor) browser)
                .executeScript("return document.body.dataset.push;")));
    }

    private void click(String id) {
        byId(id).click();
    }

    /** Waits, reading again what a push re-rendered meanwhile (the desk's panels are replaced, not edited). */
    private WebDriverWait wait(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(browser, timeout);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private WebElement byId(String id) {
        return wait(CALL).until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }
}
