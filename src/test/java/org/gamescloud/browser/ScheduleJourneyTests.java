package org.gamescloud.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gamescloud.browser.BrowserPages.*;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;

import java.io.IOException;
import org.gamescloud.GamesIntegrationTest;
import org.gamescloud.TestClock;
import org.gamescloud.TestDatasets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
