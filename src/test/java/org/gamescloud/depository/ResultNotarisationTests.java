package org.gamescloud.depository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gamescloud.results.ResultsFixture.*;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.gamescloud.GamesIntegrationTest;
import org.gamescloud.results.ResultsFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.servlet.client.RestTestClient;

@GamesIntegrationTest
class ResultNotarisationTests {

    private static final String HEAT = "RATW200M--------------HEAT000100--";

    @Autowired
    RestTestClient client;

    @Test
    void notarisesEachOfficialRevisionAsCanonicalJsonAndShowsItsIndexInTheHistory() {
        ResultsFixture hall = new ResultsFixture(client, List.of(HALL));
        hall.post(HEAT, message(1, "OFFICIAL", List.of(line(woman(1), "23.10"), line(woman(2), "23.40"))))
                .expectStatus()
                .isOk();
        hall.post(
                        HEAT,
                        withNote(
                                message(2, "OFFICIAL", List.of(line(woman(1), "23.10"), line(woman(2), "23.05"))),
                                "Lane 4 \"timing\" corrected"))
                .expectStatus()
                .isOk();

        List<Map<String, Object>> history = await().atMost(Duration.ofSeconds(20))
                .until(
                        this::history,
                        revisions -> revisions.stream()
                                .filter(revision -> "OFFICIAL".equals(revision.get("status")))
                                .allMatch(revision -> revision.get("depositoryIndex") != null));
        List<Map<String, Object>> official = history.stream()
                .filter(revision -> "OFFICIAL".equals(revision.get("status")))
                .toList();
        assertThat(official).hasSize(2);

        Map<String, Object> correction = official.stream()
                .filter(revision -> Boolean.TRUE.equals(revision.get("correction")))
                .findFirst()
                .orElseThrow();
        String entry = entry(((Number) correction.get("depositoryIndex")).longValue());
        assertThat(entry)
                .startsWith("{\"correction\":true,\"note\":\"Lane 4 \\\"timing\\\" corrected\",\"results\":[{")
                .contains("\"unitCode\":\"" + HEAT + "\"")
                .contains("\"competitor\":\"" + woman(2) + "\",\"irm\":null,\"mark\":\"23.05\"")
                .contains("\"type\":\"result\"")
                .doesNotContain(" \"", "\n");
    }

    private List<Map<String, Object>> history() {
        return client.get()
                .uri("/api/results/units/{unit}/history", HEAT)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {})
                .returnResult()
                .getResponseBody();
    }

    private String entry(long index) {
        byte[] entry = client.get()
                .uri("/api/depository/entries/{index}", index)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
        return new String(entry, StandardCharsets.UTF_8);
    }
}
