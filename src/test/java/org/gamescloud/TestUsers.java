package org.gamescloud;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Accounts for tests, created through the real API. */
public final class TestUsers {

    public static final String ADMIN = "admin";

    private TestUsers() {}

    public static void asAdmin(HttpHeaders headers) {
        headers.setBasicAuth(ADMIN, ADMIN);
    }

    /** Creates a user with the roles and venues; returns its username (password {@code password123}). */
    public static String create(RestTestClient client, List<String> roles, List<String> venues) {
        String username = "u" + UUID.randomUUID().toString().substring(0, 8);
        client.post()
                .uri("/api/admin/users")
                .headers(TestUsers::asAdmin)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", username, "password", "password123", "roles", roles, "venues", venues))
                .exchange()
                .expectStatus()
                .isCreated();
        return username;
    }
}
