package org.helpdesk.it.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;

/** A fresh headless Chromium for each test of a browser test class (skipped where Chromium is not installed). */
abstract class BrowserTest {

    protected Browser chromium;
    protected ChromeDriver browser;

    /** The page size the class's tests (and screenshots) want. */
    protected abstract int pageWidth();

    protected abstract int pageHeight();

    @BeforeAll
    static void chromiumIsInstalled() {
        assumeTrue(Browser.installed(), Browser.notInstalled());
    }

    @BeforeEach
    void openBrowser() throws IOException {
        chromium = Browser.open(pageWidth(), pageHeight());
        browser = chromium.driver();
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }
}
