package org.gamescloud.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.gamescloud.GamesIntegrationTest;
import org.gamescloud.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

@GamesIntegrationTest
class AccountsAndTokensTests {

    @Autowired
    RestTestClient client;

    @Autowired
    JdbcClient jdbc;

    @Test
    void letsASpectatorSignUpAndStoresOnlyAPasswordHash() {
        client.post()
                .uri("/api/accounts")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", "li.na", "password", "west-lake-2023", "displayName", "Li Na"))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.roles[0]")
                .isEqualTo("SPECTATOR")
                .jsonPath("$.password")
                .doesNotExist();
        String stored = jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'li.na'")
                .query(String.class)
                .single();
        assertThat(stored).startsWith("{bcrypt}").doesNotContain("west-lake-2023");
    }

    @Test
    void refusesATakenUsernameAndAShortPassword() {
        client.post()
                .uri("/api/accounts")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", "admin", "password", "something-long"))
                .exchange()
                .expectStatus()
                .isEqualTo(409);
        client.post()
                .uri("/api/accounts")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", "shorty", "password", "123"))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors.password")
                .isEqualTo("must be 8 to 128 characters");
        assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE username = 'shorty'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void refusesAnOperatorScopedToAnUnknownVenue() {
        client.post()
                .uri("/api/admin/users")
                .headers(TestUsers::asAdmin)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of(
                        "username",
                        "op-nowhere",
                        "password",
                        "password123",
                        "roles",
                        List.of("RESULTS_OPERATOR"),
                        "venues",
                        List.of("ATLANTIS")))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("Unknown venue ATLANTIS");
    }

    @Test
    void refusesAnUnknownRole() {
        client.post()
                .uri("/api/admin/users")
                .headers(TestUsers::asAdmin)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", "op-x", "password", "password123", "roles", List.of("EMPEROR")))
                .exchange()
                .expectStatus()
                .isBadRequest();
    }

    @Test
    void issuesABearerTokenThatAuthenticatesUntilRevoked() {
        String operator = TestUsers.create(client, List.of("RESULTS_OPERATOR"), List.of("MINI-STA"));
        String token = client.post()
                .uri("/api/auth/tokens")
                .headers(headers -> headers.setBasicAuth(operator, "password123"))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("token")
                .toString();
        assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE token_hash = :token")
                        .param("token", token)
                        .query(Integer.class)
                        .single())
                .as("the token itself is never stored")
                .isZero();

        client.post()
                .uri("/api/auth/tokens")
                .headers(headers -> headers.setBearerAuth(token))
                .exchange()
                .expectStatus()
                .isCreated();
        client.delete()
                .uri("/api/auth/tokens")
                .headers(headers -> headers.setBearerAuth(token))
                .exchange()
                .expectStatus()
                .isNoContent();
        client.post()
                .uri("/api/auth/tokens")
                .headers(headers -> headers.setBearerAuth(token))
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("The bearer token is unknown, expired or revoked");
    }

    @Test
    void refusesAWrongPassword() {
        client.post()
                .uri("/api/auth/tokens")
                .headers(headers -> headers.setBasicAuth("admin", "wrong"))
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
