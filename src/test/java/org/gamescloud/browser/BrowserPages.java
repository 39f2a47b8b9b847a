package org.gamescloud.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the browser journeys share: screen sizes, waiting, scripts and screenshots (in {@code target/screenshots/}). */
final class BrowserPages {

    static final Dimension PHONE = new Dimension(412, 915);
    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private BrowserPages() {}

    /** Emulates the screen exactly: a phone gets a phone's viewport (and overlay scrollbars), not a small window. */
    static void viewport(WebDriver browser, Dimension size) {
        ((HasCdp) browser)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of(
                                "width",
                                size.width,
                                "height",
                                size.height,
                                "deviceScaleFactor",
                                1,
                                "mobile",
                                size.width < 600));
    }

    /** Waits up to {@code timeout}; an element htmx swaps out while being read is read again. */
    static WebDriverWait waitFor(WebDriver browser, Duration timeout) {
        WebDriverWait wait = new WebDriverWait(browser, timeout);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    static WebDriverWait waitFor(WebDriver browser) {
        return waitFor(browser, Duration.ofSeconds(10));
    }

    static Object script(WebDriver browser, String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    static boolean horizontalOverflow(WebDriver browser) {
        return (Boolean)
                script(browser, "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
    }

    static void screenshot(WebDriver browser, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        script(browser, "document.activeElement && document.activeElement.blur()");
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
