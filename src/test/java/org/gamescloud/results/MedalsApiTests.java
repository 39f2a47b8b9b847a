package org.gamescloud.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gamescloud.results.ResultsFixture.*;

import java.util.List;
import java.util.Map;
import org.gamescloud.GamesIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Medals awarded by official medal units, and the medal table through a correction. */
@GamesIntegrationTest
class MedalsApiTests {

    @Autowired
    RestTestClient client;

    @Test
    void awardsTwoSilversAndNoBronzeOnATieForSecondAndFollowsACorrection() {
        ResultsFixture pool = new ResultsFixture(client, List.of(POOL));
        // Marks as in the London 2012 men's 100 m butterfly final: Phelps 51.21; le Clos and Korotyshkin 51.44.
        pool.post(SWIM_FINAL, message(1, "START_LIST", startList(woman(1), woman(2), woman(3), woman(4))))
                .expectStatus()
                .isOk();
        pool.post(
                        SWIM_FINAL,
                        message(
                                2,
                                "OFFICIAL",
                                List.of(
                                        line(woman(1), "51.21"),
                                        line(woman(2), "51.44"),
                                        line(woman(3), "51.44"),
                                        line(woman(4), "51.83"))))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.results[1].rank")
                .isEqualTo(2)
                .jsonPath("$.results[2].rank")
                .isEqualTo(2)
                .jsonPath("$.results[3].rank")
                .isEqualTo(4)
                .jsonPath("$.results[1].medal")
                .isEqualTo("SILVER")
                .jsonPath("$.results[3].medal")
                .doesNotExist();
        assertThat(medalsOf(SWIM_EVENT))
                .extracting(award -> award.get("competitor") + ":" + award.get("medal"))
                .containsExactly(woman(1) + ":GOLD", woman(2) + ":SILVER", woman(3) + ":SILVER");
        Map<String, Integer> goldsBefore = golds();

        pool.post(SWIM_FINAL, message(3, "OFFICIAL", List.of(line(woman(1), "51.50"))))
                .expectStatus()
                .isBadRequest();
        pool.post(
                        SWIM_FINAL,
                        withNote(
                                message(
                                        3,
                                        "OFFICIAL",
                                        List.of(
                                                invalid(woman(1), "DSQ"),
                                                line(woman(2), "51.44"),
                                                line(woman(3), "51.44"),
                                                line(woman(4), "51.83"))),
                                "Disqualified after review: false start"))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.revision")
                .isEqualTo(3);

        assertThat(medalsOf(SWIM_EVENT))
                .extracting(award -> award.get("competitor") + ":" + award.get("medal"))
                .containsExactly(woman(2) + ":GOLD", woman(3) + ":GOLD", woman(4) + ":BRONZE");
        Map<String, Integer> goldsAfter = golds();
        assertThat(goldsAfter.getOrDefault("RNA", 0)).isEqualTo(goldsBefore.getOrDefault("RNA", 0) - 1);
        assertThat(goldsAfter.get("RNB")).isEqualTo(goldsBefore.getOrDefault("RNB", 0) + 1);
        client.get()
                .uri("/api/results/units/{unit}/history", SWIM_FINAL)
                .exchange()
                .expectBody()
                .jsonPath("$[2].correction")
                .isEqualTo(true)
                .jsonPath("$[2].note")
                .isEqualTo("Disqualified after review: false start")
                .jsonPath("$[1].correction")
                .isEqualTo(false);
    }

    @Test
    void ranksTheMedalTableByGoldThenSilverThenBronzeWithSharedRanks() {
        List<Map<String, Object>> table = client.get()
                .uri("/api/medals")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {})
                .returnResult()
                .getResponseBody();
        for (int i = 1; i < table.size(); i++) {
            var above = table.get(i - 1);
            var below = table.get(i);
            int compare = compare(above, below);
            assertThat(compare).isGreaterThanOrEqualTo(0);
            if (compare == 0) {
                assertThat(below.get("rank")).isEqualTo(above.get("rank"));
                assertThat(below.get("noc").toString())
                        .isGreaterThan(above.get("noc").toString());
            } else {
                assertThat((Integer) below.get("rank")).isEqualTo(i + 1);
            }
        }
    }

    private static int compare(Map<String, Object> a, Map<String, Object> b) {
        for (String medal : List.of("gold", "silver", "bronze")) {
            int difference = (Integer) a.get(medal) - (Integer) b.get(medal);
            if (difference != 0) {
                return difference;
            }
        }
        return 0;
    }

    private List<Map<String, Object>> medalsOf(String event) {
        return client.get()
                .uri("/api/medals/events/{event}", event)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {})
                .returnResult()
                .getResponseBody();
    }

    private Map<String, Integer> golds() {
        List<Map<String, Object>> table = client.get()
                .uri("/api/medals")
                .exchange()
                .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {})
                .returnResult()
                .getResponseBody();
        return table.stream()
                .collect(java.util.stream.Collectors.toMap(
                        row -> row.get("noc").toString(), row -> (Integer) row.get("gold")));
    }
}
