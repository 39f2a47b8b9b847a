package org.gamescloud.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gamescloud.browser.BrowserPages.*;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;

import java.io.IOException;
import java.util.List;
import org.gamescloud.TestUsers;
import org.gamescloud.platform.GamesClock;
import org.gamescloud.venues.GateIntegrationTest;
import org.gamescloud.venues.GatesFixture;
import org.gamescloud.venues.TestTickets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * A steward at a gate in a real browser, on a phone: signs in, checks a ticket (green, ADMITTED), checks it again
 * (red, ALREADY_INSIDE); then the venue manager sees the spectator counted on the dashboard.
 */
@GateIntegrationTest
@Tag("browser")
@ExtendWith(Chromium.class)
class GateScannerJourneyTests {

    private static final By RESULT = By.id("scan-result");

    @LocalServerPort
    int port;

    @Autowired
    RestTestClient client;

    @Autowired
    GamesClock clock;

    @Autowired
    TestTickets tickets;

    @Autowired
    JdbcClient jdbc;

    GatesFixture fixture;

    @BeforeEach
    void gateVenues() {
        fixture = new GatesFixture(client, clock, tickets, jdbc);
    }

    @AfterEach
    void signOutAndRemoveSessions(WebDriver browser) {
        browser.manage().deleteAllCookies();
        fixture.removeSessions();
    }

    @Test
    void aStewardAdmitsATicketAndThenSeesItIsAlreadyInside(WebDriver browser) throws IOException {
        String session = fixture.sessionAdmittingNow(GatesFixture.HALL);
        String qr = fixture.ticket(session, GatesFixture.HALL);
        String steward = TestUsers.create(client, List.of("GATE"), List.of(GatesFixture.HALL));
        viewport(browser, PHONE);
        browser.manage().deleteAllCookies();
        signIn(browser, steward);

        browser.get(url("/gates/scanner?lang=en"));
        waitFor(browser).until(driver -> (Boolean) script(driver, "return !!window.htmx"));
        assertThat(browser.findElement(By.id("gate")).getAttribute("value")).isEqualTo(GatesFixture.HALL + "/Gate 1");
        check(browser, qr);
        waitFor(browser).until(attributeToBe(RESULT, "data-reason", "ADMITTED"));
        WebElement result = browser.findElement(RESULT);
        assertThat(result.getAttribute("class")).contains("scan-green");
        assertThat(result.getText()).contains("Admitted", "Li Wei", "Block 104, Row 12, Seat 7", session);
        assertThat(browser.findElement(By.id("qr")).getAttribute("value"))
                .as("cleared for the next ticket")
                .isEmpty();
        screenshot(browser, "gate-admitted-phone");
        assertThat(horizontalOverflow(browser))
                .as(
                        "nothing sticks out sideways: %s",
                        script(
                                browser,
                                "return [...document.querySelectorAll('body *')]"
                                        + ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth)"
                                        + ".map(e => e.tagName + '#' + e.id + '.' + e.className).join(' ')"))
                .isFalse();

        check(browser, qr);
        waitFor(browser).until(attributeToBe(RESULT, "data-reason", "ALREADY_INSIDE"));
        assertThat(browser.findElement(RESULT).getAttribute("class")).contains("scan-red");
        assertThat(browser.findElement(RESULT).getText()).contains("Already inside");
        screenshot(browser, "gate-already-inside-phone");

        browser.get(url("/gates/scanner?lang=zh-CN"));
        check(browser, qr);
        waitFor(browser).until(attributeToBe(RESULT, "data-reason", "ALREADY_INSIDE"));
        assertThat(browser.findElement(RESULT).getText()).contains("已在场内");
    }

    @Test
    void theVenueManagerWatchesOccupancyRiseOnTheDashboard(WebDriver browser) throws IOException {
        String session = fixture.sessionAdmittingNow(GatesFixture.HALL);
        String manager = TestUsers.create(client, List.of("VENUE_MANAGER", "GATE"), List.of(GatesFixture.HALL));
        viewport(browser, DESKTOP);
        browser.manage().deleteAllCookies();
        signIn(browser, manager);

        browser.get(url("/venues/" + GatesFixture.HALL + "/dashboard?lang=en"));
        By sessionInside = By.cssSelector("[data-session='" + session + "'] [data-testid=session-inside]");
        assertThat(browser.findElement(sessionInside).getText()).isEqualTo("0");
        fixture.scanIn(
                fixture.user("GATE", GatesFixture.HALL),
                fixture.ticket(session, GatesFixture.HALL),
                GatesFixture.HALL + "/West 1");

        waitFor(browser)
                .until(driver -> driver.findElement(sessionInside).getText().equals("1"));
        assertThat(browser.findElement(By.cssSelector("[data-testid=dashboard]"))
                        .getText())
                .contains(GatesFixture.HALL + "/West 1");
        screenshot(browser, "venue-dashboard-desktop");
    }

    private void signIn(WebDriver browser, String username) {
        browser.get(url("/login?lang=en"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("password123");
        browser.findElement(By.id("login-submit")).click();
        waitFor(browser).until(driver -> !driver.getCurrentUrl().contains("/login"));
    }

    private static void check(WebDriver browser, String qr) {
        WebElement payload = browser.findElement(By.id("qr"));
        payload.clear();
        script(browser, "document.getElementById('qr').value = '" + qr + "'");
        browser.findElement(By.id("scan-submit")).click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
