package org.gamescloud.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.gamescloud.GamesIntegrationTest;
import org.gamescloud.TestClock;
import org.gamescloud.TestDatasets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * A spectator's journey through the schedule in a real browser: pick a day, filter by venue, read it in Chinese.
 * Screenshots of the pages land in {@code target/screenshots/}.
 */
@GamesIntegrationTest
@Tag("browser")
@ExtendWith(Chromium.class)
class ScheduleJourneyTests {

    private static final Dimension PHONE = new Dimension(412, 915);
    private static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final By RESULTS = By.id("schedule-results");
    private static final By SESSIONS = By.cssSelector("[data-testid=session]");

    @LocalServerPort
    int port;

    @Autowired
    RestTestClient client;

    @BeforeEach
    void standOnTheFirstMorningWithTwoVenues() {
        TestDatasets.loadMiniPool(client);
        TestClock.set(client, TestClock.FIRST_DAY_MORNING);
    }

    @Test
    void picksADayFiltersByVenueAndReadsTheScheduleInChinese(WebDriver browser) throws IOException {
        viewport(browser, DESKTOP);
        browser.get(url("/schedule?lang=en"));
        WebDriverWait wait = waitFor(browser);
        wait.until(driver -> (Boolean) script(driver, "return !!window.htmx"));
        script(browser, "window.stillTheSamePage = true");

        new Select(browser.findElement(By.id("date"))).selectByValue("2023-09-25");
        wait.until(attributeToBe(RESULTS, "data-date", "2023-09-25"));
        new Select(browser.findElement(By.id("date"))).selectByValue("2023-09-24");
        wait.until(attributeToBe(RESULTS, "data-date", "2023-09-24"));
        new Select(browser.findElement(By.id("venue"))).selectByValue(TestDatasets.SECOND_VENUE);
        wait.until(attributeToBe(RESULTS, "data-venue", TestDatasets.SECOND_VENUE));
        wait.until(driver -> (Boolean) script(driver, "return document.querySelector('.htmx-request') === null"));

        assertThat(browser.findElements(SESSIONS))
                .extracting(session -> session.getAttribute("data-session"))
                .containsExactly("MSW-0924-M", "MSW-0924-E");
        assertThat(browser.findElements(SESSIONS))
                .extracting(session -> session.getAttribute("data-venue"))
                .containsOnly(TestDatasets.SECOND_VENUE);
        assertThat(browser.findElement(RESULTS).getText()).contains("Mini Aquatics Centre", "Women's 50 m freestyle");
        assertThat(script(browser, "return window.stillTheSamePage === true"))
                .as("htmx swapped the results in place")
                .isEqualTo(true);
        assertThat(browser.getCurrentUrl()).contains("date=2023-09-24", "venue=" + TestDatasets.SECOND_VENUE);
        screenshot(browser, "schedule-desktop");

        browser.findElement(By.cssSelector("[data-testid=lang-zh]")).click();
        wait.until(attributeToBe(By.tagName("html"), "lang", "zh-CN"));

        assertThat(browser.findElement(By.cssSelector("label[for=venue]")).getText())
                .isEqualTo("场馆");
        assertThat(browser.findElement(By.id("nav-schedule")).getText()).isEqualTo("赛程");
        assertThat(new Select(browser.findElement(By.id("venue")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("迷你游泳馆");
        assertThat(browser.findElements(SESSIONS))
                .extracting(WebElement::getText)
                .allSatisfy(session -> assertThat(session).contains("迷你游泳", "女子50米自由泳"));
        viewport(browser, PHONE);
        screenshot(browser, "schedule-zh-phone");
    }

    @Test
    void showsTheScheduleOnAPhone(WebDriver browser) throws IOException {
        viewport(browser, PHONE);
        browser.get(url("/schedule?lang=en&date=2023-09-24"));
        waitFor(browser).until(attributeToBe(RESULTS, "data-date", "2023-09-24"));

        assertThat(browser.findElements(SESSIONS)).hasSize(4);
        assertThat(horizontalOverflow(browser))
                .as("nothing sticks out sideways")
                .isFalse();
        screenshot(browser, "schedule-phone");
    }

    @Test
    void showsWhatIsLiveOnTheHomePage(WebDriver browser) throws IOException {
        viewport(browser, PHONE);
        browser.get(url("/?lang=en"));
        waitFor(browser)
                .until(driver -> !driver.findElements(By.cssSelector("[data-testid=live] [data-testid=unit]"))
                        .isEmpty());

        assertThat(browser.findElement(By.cssSelector("[data-testid=live]")).getText())
                .contains("Men's 100 m", "Heat 1");
        assertThat(browser.findElement(By.id("games-clock")).getText()).startsWith("Sun 24 Sep");
        assertThat(horizontalOverflow(browser))
                .as("nothing sticks out sideways")
                .isFalse();
        screenshot(browser, "home-phone");
        viewport(browser, DESKTOP);
        screenshot(browser, "home-desktop");
    }

    /** Emulates the screen exactly: a phone gets a phone's viewport (and overlay scrollbars), not a small window. */
    private static void viewport(WebDriver browser, Dimension size) {
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

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Waits up to ten seconds; an element htmx swaps out while being read is read again. */
    private static WebDriverWait waitFor(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private static Object script(WebDriver browser, String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private static boolean horizontalOverflow(WebDriver browser) {
        return (Boolean)
                script(browser, "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
    }

    private static void screenshot(WebDriver browser, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        script(browser, "document.activeElement && document.activeElement.blur()");
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
