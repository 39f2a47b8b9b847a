package org.gamescloud.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a test class in a real headless Chromium (the Debian packages {@code chromium} and {@code chromium-driver}),
 * handing its tests a {@link WebDriver}; one browser serves the whole test run. Without Chromium the class is
 * skipped with a message, or fails when {@code GAMES_BROWSER_TESTS=required} (as on CI), so that a missing browser
 * never passes for a green browser suite. {@code GAMES_CHROMIUM} and {@code GAMES_CHROMEDRIVER} point elsewhere than
 * {@code /usr/bin}.
 */
public class Chromium implements ExecutionCondition, BeforeAllCallback, ParameterResolver {

    static final String REQUIRED_VARIABLE = "GAMES_BROWSER_TESTS";

    private static final Logger log = LoggerFactory.getLogger(Chromium.class);
    private static final Path BINARY = Path.of(environment("GAMES_CHROMIUM", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(environment("GAMES_CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final String NOT_FOUND = "Chromium not found: browser suite skipped; install chromium and"
            + " chromium-driver (apt-get install -y chromium chromium-driver) or set GAMES_CHROMIUM and"
            + " GAMES_CHROMEDRIVER to their paths (looked for " + BINARY + " and " + DRIVER + "); "
            + REQUIRED_VARIABLE + "=required makes this a failure";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (isInstalled()) {
            return ConditionEvaluationResult.enabled("Chromium found at " + BINARY);
        }
        if (isRequired()) {
            return ConditionEvaluationResult.enabled(REQUIRED_VARIABLE + "=required: the suite will fail");
        }
        log.warn(NOT_FOUND);
        return ConditionEvaluationResult.disabled(NOT_FOUND);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!isInstalled()) {
            throw new IllegalStateException("Chromium not found at " + BINARY + " / " + DRIVER + ", and "
                    + REQUIRED_VARIABLE + "=required: install chromium and chromium-driver");
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == WebDriver.class;
    }

    @Override
    public WebDriver resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot()
                .getStore(ExtensionContext.Namespace.create(Chromium.class))
                .computeIfAbsent(Browser.class, key -> Browser.start(), Browser.class)
                .driver();
    }

    static boolean isInstalled() {
        return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
    }

    private static boolean isRequired() {
        return "required".equalsIgnoreCase(System.getenv(REQUIRED_VARIABLE));
    }

    private static String environment(String name, String fallback) {
        return Optional.ofNullable(System.getenv(name))
                .filter(value -> !value.isBlank())
                .orElse(fallback);
    }

    /** The driver and the browser it runs, quit when the test run ends. */
    record Browser(WebDriver driver) implements AutoCloseable {

        static Browser start() {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BINARY.toFile());
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(DRIVER.toString()))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(driver);
        }

        @Override
        public void close() {
            driver.quit();
        }
    }
}
