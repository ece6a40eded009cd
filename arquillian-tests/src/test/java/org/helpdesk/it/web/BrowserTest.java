package org.helpdesk.it.web;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A fresh headless Chromium for each test of a browser test class (which fails where Chromium is not installed). */
abstract class BrowserTest {

    protected Browser chromium;
    protected ChromeDriver browser;

    /** The page size the class's tests (and screenshots) want. */
    protected abstract int pageWidth();

    protected abstract int pageHeight();

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireInstalled();
    }

    @BeforeEach
    void openBrowser() throws IOException {
        chromium = Browser.open(pageWidth(), pageHeight());
        browser = chromium.driver();
    }

    /** Opens {@code page}, logs in on the login form it sends the browser to, and waits for the page again. */
    protected void logIn(URI page, String login, String password, Duration within) {
        browser.get(page.toString());
        WebDriverWait wait = new WebDriverWait(browser, within);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username"))).sendKeys(login);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
        wait.until(driver -> !driver.findElements(By.id("session:logout")).isEmpty());
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }
}
