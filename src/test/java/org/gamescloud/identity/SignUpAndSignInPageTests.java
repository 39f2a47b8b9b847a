package org.gamescloud.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.gamescloud.GamesIntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

@GamesIntegrationTest
class SignUpAndSignInPageTests {

    @Autowired
    RestTestClient client;

    @Test
    void signsUpASpectatorWhoCanThenSignInAndOut() {
        String username = newUsername();
        PageConversation browser = new PageConversation(client);
        Document form = browser.open("/signup");
        assertThat(form.select("#signup-form input[name=_csrf]")).hasSize(1);
        assertThat(form.select("#signup-form label[for=username], label[for=password], label[for=displayName]"))
                .hasSize(3);

        var signedUp = browser.submit(
                "#signup-form", Map.of("username", username, "password", "correct horse", "displayName", "Fan"));

        assertThat(signedUp.getStatus().value()).isEqualTo(302);
        assertThat(PageConversation.redirectTarget(signedUp)).isEqualTo("/login?signedUp");
        assertThat(browser.open("/login?signedUp").selectFirst("[data-testid=signed-up]"))
                .isNotNull();

        var signedIn = browser.submit("#login-form", Map.of("username", username, "password", "correct horse"));

        assertThat(signedIn.getStatus().value()).isEqualTo(302);
        assertThat(PageConversation.redirectTarget(signedIn)).isEqualTo("/");
        Document home = browser.open("/");
        assertThat(home.selectFirst("#nav-signout").text()).isEqualTo("Sign out " + username);
        assertThat(home.selectFirst("#nav-signin")).isNull();

        var signedOut = browser.submit("form[action=/logout]", Map.of());

        assertThat(PageConversation.redirectTarget(signedOut)).isEqualTo("/");
        assertThat(browser.open("/").selectFirst("#nav-signin")).isNotNull();
    }

    @Test
    void showsWhatIsWrongInTheFormAndCreatesNothing() {
        PageConversation browser = new PageConversation(client);
        browser.open("/signup");

        var refused = browser.submit("#signup-form", Map.of("username", "a!", "password", "short"));

        assertThat(refused.getStatus().value()).isEqualTo(200);
        Document page = browser.page();
        assertThat(page.selectFirst("[data-testid=username-error]").text())
                .isEqualTo("Use 3–32 letters, digits, '.', '_' or '-'.");
        assertThat(page.selectFirst("[data-testid=password-error]").text()).isEqualTo("Must be 8 to 128 characters.");
        assertThat(page.selectFirst("#username").val()).isEqualTo("a!");
        assertThat(page.selectFirst("#password").val())
                .as("a password is never sent back")
                .isEmpty();
        assertThat(page.selectFirst("#username").attr("aria-invalid")).isEqualTo("true");
    }

    @Test
    void refusesAUsernameThatIsTaken() {
        PageConversation browser = new PageConversation(client);
        browser.open("/signup?lang=zh-CN");

        browser.submit("#signup-form", Map.of("username", "admin", "password", "long enough password"));

        assertThat(browser.page().selectFirst("[data-testid=username-error]").text())
                .isEqualTo("该用户名已被占用，请换一个。");
    }

    @Test
    void refusesASignUpWithoutTheFormsCsrfToken() {
        client.post()
                .uri("/signup")
                .accept(MediaType.TEXT_HTML)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body("username=" + newUsername() + "&password=long+enough+password")
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void saysSoWhenTheCredentialsAreWrong() {
        PageConversation browser = new PageConversation(client);
        browser.open("/login");

        var refused = browser.submit("#login-form", Map.of("username", "admin", "password", "not the password"));

        assertThat(PageConversation.redirectTarget(refused)).isEqualTo("/login?error");
        assertThat(browser.open("/login?error")
                        .selectFirst("[data-testid=login-error]")
                        .text())
                .isEqualTo("Wrong username or password.");
    }

    @Test
    void keepsTheSignUpApiAnsweringATakenUsernameWithAConflict() {
        String username = newUsername();
        Map<String, String> account = Map.of("username", username, "password", "long enough password");
        client.post()
                .uri("/api/accounts")
                .contentType(MediaType.APPLICATION_JSON)
                .body(account)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.roles[0]")
                .isEqualTo("SPECTATOR")
                .jsonPath("$.displayName")
                .isEqualTo(username);
        client.post()
                .uri("/api/accounts")
                .contentType(MediaType.APPLICATION_JSON)
                .body(account)
                .exchange()
                .expectStatus()
                .isEqualTo(409)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("The username " + username + " is taken");
    }

    private static String newUsername() {
        return "fan-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
