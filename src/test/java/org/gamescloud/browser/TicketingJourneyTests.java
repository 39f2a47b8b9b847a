package org.gamescloud.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gamescloud.browser.BrowserPages.*;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.gamescloud.GamesIntegrationTest;
import org.gamescloud.ticketing.TicketingFixture;
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

/** A spectator signs up, picks two seats on the seat map, buys them with real names and sees the QR codes. */
@GamesIntegrationTest
@Tag("browser")
@ExtendWith(Chromium.class)
class TicketingJourneyTests {

    @org.junit.jupiter.api.BeforeEach
    void standOnSaleDay(@Autowired RestTestClient restClient) {
        TicketingFixture.standOnSaleDay(restClient);
    }

    @LocalServerPort
    int port;

    @Autowired
    RestTestClient client;

    @Test
    void picksSeatsOnTheSeatMapBuysThemAndSeesTheQrCodes(WebDriver browser) throws IOException {
        String session = TicketingFixture.createSession(client);
        String username = "fan" + UUID.randomUUID().toString().substring(0, 8);
        viewport(browser, PHONE);
        WebDriverWait wait = waitFor(browser);

        browser.get(url("/signup?lang=en"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("west-lake-2023");
        browser.findElement(By.id("signup-submit")).click();
        wait.until(driver -> driver.getCurrentUrl().contains("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("west-lake-2023");
        browser.findElement(By.id("login-submit")).click();
        wait.until(driver -> !driver.getCurrentUrl().contains("/login"));

        browser.get(url("/ticketing?lang=en"));
        browser.findElement(By.cssSelector("[data-session='" + session + "'] a"))
                .click();
        wait.until(driver ->
                driver.findElements(By.cssSelector("svg.seat-map [data-block]")).size() == 4);
        clickSvg(browser, "svg.seat-map [data-block='102']");
        wait.until(driver ->
                !driver.findElements(By.cssSelector("svg.seats [data-seat]")).isEmpty());
        clickSvg(browser, "svg.seats [data-seat='262']");
        wait.until(driver ->
                driver.findElements(By.cssSelector("circle.seat.picked")).size() == 1);
        clickSvg(browser, "svg.seats [data-seat='263']");
        wait.until(driver ->
                driver.findElements(By.cssSelector("circle.seat.picked")).size() == 2);
        screenshot(browser, "ticketing-seat-map-phone");
        assertThat(horizontalOverflow(browser))
                .as((String) script(
                        browser,
                        "return [...document.querySelectorAll('body *')].filter(e =>"
                                + " e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)"
                                + ".map(e => e.tagName + '.' + e.className + '#' + e.id).slice(0, 8).join(' ')"))
                .isFalse();

        browser.findElement(By.id("ticketing-checkout")).click();
        List<WebElement> names = wait.until(driver -> {
            List<WebElement> found = driver.findElements(By.cssSelector("input[name$='.name']"));
            return found.size() == 2 ? found : null;
        });
        names.get(0).sendKeys("Li Na");
        names.get(1).sendKeys("Wang Fang");
        List<WebElement> types = browser.findElements(By.cssSelector("select[name$='.idType']"));
        new Select(types.get(0)).selectByValue("CN_ID");
        List<WebElement> numbers = browser.findElements(By.cssSelector("input[name$='.idNumber']"));
        numbers.get(0).sendKeys(TicketingFixture.chineseId());
        numbers.get(1).sendKeys(TicketingFixture.passport());
        browser.findElement(By.id("ticketing-pay")).click();

        wait.until(driver -> driver.getCurrentUrl().contains("/ticketing/my-tickets"));
        List<WebElement> tickets = browser.findElements(By.cssSelector(".e-ticket[data-state=VALID]"));
        assertThat(tickets).hasSize(2);
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Block 102, Row 1, Seat 13", "Block 102, Row 1, Seat 14", "Li Na", "Wang Fang");
        wait.until(driver -> (Boolean) script(
                driver,
                "return [...document.querySelectorAll('img.qr')].every(i => i.complete && i.naturalWidth >= 300)"));
        screenshot(browser, "ticketing-my-tickets-phone");
    }

    /** Clicks a link of the SVG seat map as a tap would (WebDriver's native click does not reach SVG links). */
    private static void clickSvg(WebDriver browser, String selector) {
        WebElement link = browser.findElement(By.cssSelector(selector));
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true, view: window}))",
                        link);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
