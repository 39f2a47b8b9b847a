package org.gamescloud.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gamescloud.browser.BrowserPages.*;
import static org.gamescloud.results.ResultsFixture.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.gamescloud.GamesIntegrationTest;
import org.gamescloud.results.ResultsFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Anyone checks an official result in their own browser: the page fetches the result's certificate of deposit and
 * verifies the proof and the Ed25519 signature itself, step by step; a tampered certificate shows where it fails.
 */
@GamesIntegrationTest
@Tag("browser")
@ExtendWith(Chromium.class)
class DepositoryVerifyJourneyTests {

    /** A unit no other test posts results to. */
    private static final String MATCH = football(4);

    @LocalServerPort
    int port;

    @Autowired
    RestTestClient client;

    /** The elements wider than the screen, to name the culprit when something sticks out. */
    private static final String WIDEST = "return [...document.querySelectorAll('body *')]"
            + ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth)"
            + ".map(e => e.tagName + '.' + e.className).join(' ')";

    private long index;

    @BeforeEach
    void anOfficialResultIsNotarised() {
        if (depositoryIndex() == null) {
            new ResultsFixture(client, List.of(HALL))
                    .post(MATCH, message(1, "OFFICIAL", List.of(line("RNC-RFB", "2"), line("RNB-RFB", "1"))))
                    .expectStatus()
                    .isOk();
        }
        index = await().atMost(Duration.ofSeconds(20)).until(this::depositoryIndex, found -> found != null);
    }

    @Test
    void verifiesTheCertificateOfAnOfficialResultStepByStep(WebDriver browser) throws IOException {
        viewport(browser, PHONE);
        open(browser, "/results/units/" + MATCH + "?lang=en");
        browser.findElement(By.cssSelector("[data-testid=history] summary")).click();
        assertThat(browser.findElement(By.cssSelector("[data-testid=certificate]"))
                        .getAttribute("href"))
                .endsWith("/api/depository/entries/" + index + "/certificate");

        open(browser, "/depository/verify?lang=en&unit=" + MATCH);
        WebElement verdict = verdict(browser);
        assertThat(verdict.getAttribute("data-verified")).as(stepsText(browser)).isEqualTo("true");
        assertThat(verdict.getText()).startsWith("✓");
        assertThat(stepResults(browser))
                .containsExactly(
                        "read=true", "published=true", "leaf=true", "inclusion=true", "root=true", "signature=true");
        assertThat(browser.findElement(By.cssSelector("[data-testid=entry-text]"))
                        .getAttribute("textContent"))
                .contains("\"unitCode\":\"" + MATCH + "\"", "\"mark\":\"2\"");
        assertThat(horizontalOverflow(browser))
                .as("nothing sticks out sideways")
                .isFalse();
        screenshot(browser, "depository-verify-phone");
    }

    @Test
    void showsWhereAPastedCertificateWithAnAlteredResultFails(WebDriver browser) {
        String certificate = certificate();
        String entry = new String(
                Base64.getDecoder()
                        .decode(certificate
                                .lines()
                                .filter(l -> l.startsWith("extra "))
                                .findFirst()
                                .orElseThrow()
                                .substring(6)),
                StandardCharsets.UTF_8);
        String altered = entry.replace("\"mark\":\"2\"", "\"mark\":\"3\"");
        assertThat(altered).isNotEqualTo(entry);
        String tampered = certificate.replace(base64(entry), base64(altered));

        viewport(browser, DESKTOP);
        open(browser, "/depository/verify?lang=en");
        paste(browser, tampered);
        browser.findElement(By.cssSelector("[data-testid=verify]")).click();

        WebElement verdict = verdict(browser);
        assertThat(verdict.getAttribute("data-verified")).isEqualTo("false");
        assertThat(verdict.getText()).startsWith("✗");
        assertThat(stepResults(browser)).contains("inclusion=true", "root=false", "signature=true");
        assertThat(browser.findElement(By.cssSelector("[data-step=root] .step-mark"))
                        .getText())
                .isEqualTo("✗");
    }

    @Test
    void verifiesWithTheBundledEd25519LibraryAndInChinese(WebDriver browser) {
        viewport(browser, DESKTOP);
        open(browser, "/depository/verify?lang=zh-CN&ed25519=noble&index=" + index);
        WebElement verdict = verdict(browser);
        assertThat(verdict.getAttribute("data-verified")).as(stepsText(browser)).isEqualTo("true");
        assertThat(verdict.getAttribute("data-engine")).isEqualTo("noble-ed25519");
        assertThat(verdict.getText()).contains("验证通过");
    }

    private WebElement verdict(WebDriver browser) {
        return waitFor(browser).until(driver -> {
            WebElement verdict = driver.findElement(By.cssSelector("[data-testid=verdict]"));
            return verdict.getAttribute("data-verified") != null ? verdict : null;
        });
    }

    private static String stepsText(WebDriver browser) {
        return browser.findElement(By.cssSelector("[data-testid=steps]")).getText();
    }

    private static List<String> stepResults(WebDriver browser) {
        return browser.findElements(By.cssSelector("[data-testid=step]")).stream()
                .map(step -> step.getAttribute("data-step") + "=" + step.getAttribute("data-passed"))
                .toList();
    }

    private static void paste(WebDriver browser, String text) {
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("document.getElementById('certificate').value = arguments[0]", text);
    }

    private void open(WebDriver browser, String path) {
        browser.get("http://localhost:" + port + path);
    }

    private String certificate() {
        return client.get()
                .uri("/api/depository/entries/{index}/certificate", index)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    private Long depositoryIndex() {
        List<Map<String, Object>> history = client.get()
                .uri("/api/results/units/{unit}/history", MATCH)
                .exchange()
                .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {})
                .returnResult()
                .getResponseBody();
        return history == null
                ? null
                : history.stream()
                        .map(revision -> (Number) revision.get("depositoryIndex"))
                        .filter(found -> found != null)
                        .map(Number::longValue)
                        .reduce((first, second) -> second)
                        .orElse(null);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
