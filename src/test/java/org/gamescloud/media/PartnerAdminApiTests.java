package org.gamescloud.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.gamescloud.GamesIntegrationTest;
import org.gamescloud.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

@GamesIntegrationTest
class PartnerAdminApiTests {

    @Autowired
    RestTestClient client;

    @Autowired
    JdbcClient jdbc;

    @Test
    void registersAPartnerAndShowsItsKeyOnceStoringOnlyItsHash() throws Exception {
        String unit = MediaFixture.newUnit();
        Map<String, Object> created = post(Map.of(
                        "name", "NHK World",
                        "endpoint", "https://media.example.org/odf",
                        "events", List.of("SWMW100MFR------------"),
                        "units", List.of(unit),
                        "nocs", List.of("JPN", "CHN")))
                .expectStatus()
                .isCreated()
                .expectHeader()
                .valueMatches("Location", ".*/api/admin/media/partners/\\d+")
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();
        String apiKey = (String) created.get("apiKey");
        assertThat(apiKey).startsWith("gcm_").hasSizeGreaterThan(40);
        assertThat(created)
                .containsEntry("enabled", true)
                .containsEntry(
                        "filters",
                        Map.of(
                                "events",
                                List.of("SWMW100MFR------------"),
                                "units",
                                List.of(unit),
                                "nocs",
                                List.of("CHN", "JPN")));

        Object id = created.get("id");
        Map<String, Object> shown = new MediaFixture(client).partner(id);
        assertThat(shown).containsEntry("apiKey", null).containsEntry("name", "NHK World");
        assertThat(shown.get("status")).isInstanceOf(Map.class);
        String stored = jdbc.sql("SELECT key_hash FROM media_partner WHERE id = :id")
                .param("id", ((Number) id).longValue())
                .query(String.class)
                .single();
        assertThat(stored)
                .isEqualTo(HexFormat.of()
                        .formatHex(
                                MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8))));
        assertThat(list()).anySatisfy(partner -> assertThat(partner).containsEntry("id", id));
    }

    @Test
    void refusesBadInputWithAProblemAndRegistersNothing() {
        String name = "Refused " + MediaFixture.newUnit();
        List<Map<String, Object>> invalid = List.of(
                Map.of("name", name, "endpoint", "ftp://media.example.org/odf"),
                Map.of("name", name, "endpoint", "not a url"),
                Map.of("name", name, "endpoint", "https:///no-host"),
                Map.of("name", name, "endpoint", "https://user:secret@media.example.org/odf"),
                Map.of("name", name),
                Map.of("name", " ", "endpoint", "https://media.example.org/odf"),
                Map.of("name", name, "endpoint", "https://media.example.org/odf", "nocs", List.of("chn")),
                Map.of("name", name, "endpoint", "https://media.example.org/odf", "units", List.of("X".repeat(35))));
        for (Map<String, Object> body : invalid) {
            post(body)
                    .expectStatus()
                    .isBadRequest()
                    .expectHeader()
                    .contentType("application/problem+json")
                    .expectBody()
                    .jsonPath("$.detail")
                    .isNotEmpty();
        }
        client.post()
                .uri("/api/admin/media/partners")
                .headers(TestUsers::asAdmin)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"name\":")
                .exchange()
                .expectStatus()
                .isBadRequest();

        assertThat(list()).noneSatisfy(partner -> assertThat(partner).containsEntry("name", name));
    }

    @Test
    void changesAPartnerAndLeavesItAsItWasWhenTheChangeIsRefused() {
        Object id = post(Map.of("name", "Before", "endpoint", "https://before.example.org/odf"))
                .expectStatus()
                .isCreated()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody()
                .get("id");

        put(id, Map.of("name", "After", "endpoint", "https://after.example.org/odf", "nocs", List.of("KOR")))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.endpoint")
                .isEqualTo("https://after.example.org/odf")
                .jsonPath("$.filters.nocs[0]")
                .isEqualTo("KOR");
        put(id, Map.of("name", "Refused", "endpoint", "mailto:desk@example.org"))
                .expectStatus()
                .isBadRequest();

        Map<String, Object> partner = new MediaFixture(client).partner(id);
        assertThat(partner).containsEntry("name", "After").containsEntry("endpoint", "https://after.example.org/odf");
        put(999_999_999L, Map.of("name", "Nobody", "endpoint", "https://after.example.org/odf"))
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType("application/problem+json");
    }

    @Test
    void onlyAnAdministratorManagesPartners() {
        client.get().uri("/api/admin/media/partners").exchange().expectStatus().isUnauthorized();
        String spectator = TestUsers.create(client, List.of("SPECTATOR"), List.of());
        client.get()
                .uri("/api/admin/media/partners")
                .headers(headers -> headers.setBasicAuth(spectator, "password123"))
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    private RestTestClient.ResponseSpec post(Map<String, Object> body) {
        return client.post()
                .uri("/api/admin/media/partners")
                .headers(TestUsers::asAdmin)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange();
    }

    private RestTestClient.ResponseSpec put(Object id, Map<String, Object> body) {
        return client.put()
                .uri("/api/admin/media/partners/{id}", id)
                .headers(TestUsers::asAdmin)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange();
    }

    private List<Map<String, Object>> list() {
        return client.get()
                .uri("/api/admin/media/partners")
                .headers(TestUsers::asAdmin)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {})
                .returnResult()
                .getResponseBody();
    }
}
