package org.gamescloud.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gamescloud.browser.BrowserPages.*;

import java.time.Duration;
import org.gamescloud.GamesIntegrationTest;
import org.gamescloud.live.LiveFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * An open unit results page follows the live stream: a posted result shows within seconds, far sooner than the
 * 30-second fallback poll, without a reload.
 */
@GamesIntegrationTest
@Tag("browser")
@ExtendWith(Chromium.class)
class LiveResultsPageTests {

    private static final Duration PUSHED = Duration.ofSeconds(5);

    @Autowired
    RestTestClient client;

    @LocalServerPort
    int port;

    @Test
    void showsAPostedResultOnTheOpenUnitPageThroughTheLiveStream(WebDriver browser) {
        String unit = LiveFixture.heat(20);
        viewport(browser, DESKTOP);
        browser.get("http://localhost:" + port + "/results/units/" + unit + "?lang=en");
        script(browser, "window.stillTheSamePage = true");
        waitFor(browser, PUSHED)
                .until(driver -> "open".equals(driver.findElement(By.id("main")).getAttribute("data-live")));

        new LiveFixture(client).post(unit, 1, "UNOFFICIAL");

        waitFor(browser, PUSHED)
                .until(driver -> "UNOFFICIAL"
                        .equals(driver.findElement(By.cssSelector("#unit-live [data-testid=result-status]"))
                                .getAttribute("data-status")));
        waitFor(browser, PUSHED)
                .until(driver -> driver.findElements(By.cssSelector("#unit-live [data-testid=result]"))
                                .size()
                        == 4);
        assertThat(script(browser, "return window.stillTheSamePage === true"))
                .as("htmx brought the result in place")
                .isEqualTo(true);
    }
}
