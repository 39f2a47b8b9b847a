package org.gamescloud.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gamescloud.browser.BrowserPages.*;

import java.io.IOException;
import org.gamescloud.GamesIntegrationTest;
import org.gamescloud.travel.GtfsFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * A spectator plans a journey from a Hangzhou venue to a Ningbo venue on a phone, then finds how to reach a venue
 * and where to eat from its page.
 */
@GamesIntegrationTest
@Tag("browser")
@ExtendWith(Chromium.class)
class TravelJourneyTests {

    @LocalServerPort
    int port;

    @Autowired
    RestTestClient client;

    @BeforeEach
    void importTheFixtureFeed() {
        GtfsFixtures.importFixture(client);
    }

    @Test
    void plansAJourneyFromAVenueToAnotherCitysVenue(WebDriver browser) throws IOException {
        viewport(browser, PHONE);
        browser.get("http://localhost:" + port + "/travel?lang=en");
        new Select(browser.findElement(By.id("travel-from"))).selectByValue("MINI-STA");
        new Select(browser.findElement(By.id("travel-to"))).selectByValue("RES-HALL");
        script(browser, "document.getElementById('travel-depart').value = '2023-09-27T09:00'");
        browser.findElement(By.id("travel-search")).click();

        WebDriverWait wait = waitFor(browser);
        wait.until(driver ->
                !driver.findElements(By.cssSelector("[data-testid=journey]")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("[data-testid=leg]")))
                .extracting(leg -> leg.getAttribute("data-mode"))
                .contains("SHUTTLE", "METRO", "RAIL", "BUS");
        assertThat(browser.findElement(By.cssSelector("svg.journey-map")).isDisplayed())
                .isTrue();
        assertThat(horizontalOverflow(browser)).isFalse();
        screenshot(browser, "travel-planner-phone");

        browser.get("http://localhost:" + port + "/venues/MINI-STA?lang=zh-CN");
        wait.until(driver -> !driver.findElements(By.cssSelector("[data-testid=eat-nearby] li"))
                .isEmpty());
        wait.until(driver -> !driver.findElements(By.cssSelector("[data-testid=getting-here]"))
                .isEmpty());
        assertThat(browser.findElement(By.cssSelector("[data-testid=getting-here]"))
                        .getText())
                .contains("交通指引", "S1");
        screenshot(browser, "travel-venue-zh-phone");
    }
}
