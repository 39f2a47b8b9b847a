package org.gamescloud.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gamescloud.browser.BrowserPages.*;
import static org.gamescloud.results.ResultsFixture.*;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.gamescloud.GamesIntegrationTest;
import org.gamescloud.results.JudoTournament;
import org.gamescloud.results.ResultsFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * A spectator follows the results in a real browser: medals appear on the open medal table and results on the open
 * unit page, without a reload. Screenshots of the results pages land in {@code target/screenshots/}.
 */
@GamesIntegrationTest
@Tag("browser")
@ExtendWith(Chromium.class)
class ResultsJourneyTests {

    /** The pages poll every 5 seconds: a change shows within two polls. */
    private static final Duration TWO_POLLS = Duration.ofSeconds(15);

    @LocalServerPort
    int port;

    @Autowired
    RestTestClient client;

    @Test
    void showsNewMedalsOnTheOpenMedalTableWithoutAReload(WebDriver browser) {
        viewport(browser, DESKTOP);
        open(browser, "/medals?lang=en");
        int goldsOfA = count(browser, "RNA", "gold");
        int silversOfB = count(browser, "RNB", "silver");

        String boxingFinal = boxing("FNL", 1);
        ResultsFixture hall = new ResultsFixture(client, List.of(HALL));
        hall.post(boxingFinal, message(1, "START_LIST", startList(man(1), man(2))))
                .expectStatus()
                .isOk();
        hall.post(boxingFinal, message(2, "OFFICIAL", List.of(line(man(1), "5"), line(man(2), "0"))))
                .expectStatus()
                .isOk();

        waitFor(browser, TWO_POLLS)
                .until(driver -> count(driver, "RNA", "gold") == goldsOfA + 1
                        && count(driver, "RNB", "silver") == silversOfB + 1);
        assertThat(script(browser, "return window.stillTheSamePage === true"))
                .as("htmx brought the medals in place")
                .isEqualTo(true);
        viewport(browser, PHONE);
        assertThat(horizontalOverflow(browser))
                .as("nothing sticks out sideways")
                .isFalse();
    }

    @Test
    void followsALiveMatchUntilItIsOfficialWithoutAReload(WebDriver browser) {
        String match = football(3);
        viewport(browser, DESKTOP);
        open(browser, "/results/units/" + match + "?lang=en");
        browser.findElement(By.cssSelector("[data-testid=history] summary")).click();

        ResultsFixture hall = new ResultsFixture(client, List.of(HALL));
        hall.post(match, message(1, "START_LIST", startList("RNC-RFB", "RND-RFB")))
                .expectStatus()
                .isOk();
        hall.post(match, message(2, "LIVE", List.of(line("RNC-RFB", "0"), line("RND-RFB", "1"))))
                .expectStatus()
                .isOk();
        waitFor(browser, TWO_POLLS).until(driver -> status(driver).equals("LIVE"));

        assertThat(browser.findElements(By.cssSelector("#unit-live [data-testid=result] [data-testid=competitor]")))
                .extracting(WebElement::getText)
                .containsExactlyInAnyOrder("Results C", "Results D");
        hall.post(match, message(3, "OFFICIAL", List.of(line("RNC-RFB", "0"), line("RND-RFB", "2"))))
                .expectStatus()
                .isOk();
        waitFor(browser, TWO_POLLS).until(driver -> status(driver).equals("OFFICIAL"));

        assertThat(browser.findElement(By.id("unit-live")).getAttribute("hx-trigger"))
                .as("no more polling, only pushed corrections")
                .isEqualTo("sse:result");
        assertThat(browser.findElement(By.cssSelector("[data-testid=history]")).getAttribute("open"))
                .as("the history stayed open")
                .isNotNull();
        assertThat(browser.findElements(By.cssSelector("[data-testid=revision-entry]")))
                .hasSize(3);
        assertThat(script(browser, "return window.stillTheSamePage === true")).isEqualTo(true);
    }

    @Test
    void showsTheMedalTableAUnitAndABracketOnAPhoneAndADesktop(WebDriver browser) throws IOException {
        JudoTournament.play(client);

        for (var size : List.of(PHONE, DESKTOP)) {
            String suffix = size == PHONE ? "phone" : "desktop";
            viewport(browser, size);
            open(browser, "/results/units/" + JudoTournament.FINAL + "?lang=en");
            assertThat(browser.findElements(By.cssSelector("[data-testid=result]")))
                    .hasSize(2);
            assertThat(horizontalOverflow(browser))
                    .as("unit page on a " + suffix)
                    .isFalse();
            screenshot(browser, "unit-" + suffix);

            open(browser, "/results/events/" + JudoTournament.EVENT + "?lang=en");
            WebElement bracket = browser.findElement(By.cssSelector("svg[data-testid=bracket]"));
            assertThat(bracket.isDisplayed()).isTrue();
            assertThat(bracket.getText()).contains("ATHLETE1 Ming", "ATHLETE3 Ming");
            assertThat(horizontalOverflow(browser))
                    .as("the bracket scrolls in its own box on a " + suffix)
                    .isFalse();
            screenshot(browser, "bracket-" + suffix);

            open(browser, "/medals?lang=en");
            assertThat(horizontalOverflow(browser))
                    .as("medal table on a " + suffix)
                    .isFalse();
            screenshot(browser, "medals-" + suffix);
        }
        open(browser, "/medals?lang=zh-CN");
        screenshot(browser, "medals-zh-desktop");
    }

    /** Opens a page, waits for htmx, and marks the page so that a reload would show. */
    private void open(WebDriver browser, String path) {
        browser.get("http://localhost:" + port + path);
        waitFor(browser).until(driver -> (Boolean) script(driver, "return !!window.htmx"));
        script(browser, "window.stillTheSamePage = true");
    }

    private static int count(WebDriver browser, String noc, String medal) {
        List<WebElement> rows = browser.findElements(By.cssSelector("[data-testid=standing][data-noc=" + noc + "]"));
        return rows.isEmpty() ? 0 : Integer.parseInt(rows.get(0).getAttribute("data-" + medal));
    }

    private static String status(WebDriver browser) {
        return browser.findElement(By.id("unit-live")).getAttribute("data-status");
    }
}
