package org.helpdesk.it.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.helpdesk.jtapi.sip.InstalledTool;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the Debian packages ({@code chromium}, {@code chromium-driver}) for the browser tests: a
 * fresh profile per browser, the page itself sized as asked, screenshots to {@code target/screenshots/}.
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Path profile;
    private final ChromeDriver driver;

    private Browser(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    /** Fails the test class where Chromium or its driver is missing: a browser test never skips silently. */
    static void requireInstalled() {
        InstalledTool.require(CHROMIUM, "chromium");
        InstalledTool.require(CHROMEDRIVER, "chromium-driver");
    }

    /** A browser whose page (not window) is {@code width} x {@code height}. */
    static Browser open(int width, int height) throws IOException {
        Path profile = Files.createTempDirectory("helpdesk-chromium");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run",
                        "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build(), options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Browser browser = new Browser(profile, driver);
        browser.fitViewportTo(width, height);
        return browser;
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Headless Chromium counts its (invisible) window decorations in --window-size: make the page itself that size. */
    private void fitViewportTo(int width, int height) {
        driver.get("about:blank");
        List<?> inner = (List<?>) driver.executeScript("return [window.innerWidth, window.innerHeight];");
        Dimension window = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(
                window.getWidth() + width - ((Number) inner.get(0)).intValue(),
                window.getHeight() + height - ((Number) inner.get(1)).intValue()));
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(path -> path.toFile().delete());
        }
    }
}
