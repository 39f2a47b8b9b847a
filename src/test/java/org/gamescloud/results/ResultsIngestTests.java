package org.gamescloud.results;

import static org.gamescloud.results.ResultsFixture.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gamescloud.GamesIntegrationTest;
import org.gamescloud.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The ingest contract of API.md: idempotency, ordering, lifecycle, authorisation, validation. */
@GamesIntegrationTest
class ResultsIngestTests {

    @Autowired
    RestTestClient client;

    ResultsFixture pool;

    @BeforeEach
    void operatorAtThePool() {
        pool = new ResultsFixture(client, List.of(POOL));
    }

    @Test
    void appliesAStartListThenLiveResultsAsRevisions() {
        String unit = unit(SWIM_EVENT, "HEAT", 1);
        pool.post(unit, message(1, "START_LIST", startList(woman(1), woman(2), woman(3))))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("START_LIST")
                .jsonPath("$.revision")
                .isEqualTo(1)
                .jsonPath("$.results[0].rank")
                .doesNotExist();
        pool.post(
                        unit,
                        message(
                                2,
                                "LIVE",
                                List.of(line(woman(1), "54.20"), line(woman(2), "53.90"), line(woman(3), null))))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.revision")
                .isEqualTo(2)
                .jsonPath("$.results[0].competitor")
                .isEqualTo(woman(2))
                .jsonPath("$.results[0].rank")
                .isEqualTo(1)
                .jsonPath("$.results[0].noc")
                .isEqualTo("RNB")
                .jsonPath("$.scheduleStatus")
                .isEqualTo("RUNNING");
        client.get()
                .uri("/api/results/units/{unit}", unit)
                .exchange()
                .expectBody()
                .jsonPath("$.revision")
                .isEqualTo(2)
                .jsonPath("$.results[1].mark")
                .isEqualTo("54.20");

        var stale = message(2, "LIVE", List.of(line(woman(1), "54.00")));
        pool.post(unit, stale).expectStatus().isEqualTo(409);
        var backwards = message(3, "START_LIST", startList(woman(1)));
        pool.post(unit, backwards).expectStatus().isEqualTo(409);
        var notInStartList = message(3, "LIVE", List.of(line(woman(4), "55.00")));
        pool.post(unit, notInStartList)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("Competitor " + woman(4) + " is not in the start list of unit " + unit);
        client.get()
                .uri("/api/results/units/{unit}/history", unit)
                .exchange()
                .expectHeader()
                .valueEquals("X-Total-Count", "2");
    }

    @Test
    void answersARepeatedMessageWithTheSameOutcomeAndAppliesItOnce() {
        var first = message(100, "LIVE", List.of(line(woman(5), "55.10")));
        pool.post(DIVING_FINAL, first)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.revision")
                .isEqualTo(1);
        pool.post(DIVING_FINAL, first)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.revision")
                .isEqualTo(1);
        var sameIdOtherBody = new LinkedHashMap<>(first);
        sameIdOtherBody.put("results", List.of(line(woman(5), "56.10")));
        pool.post(DIVING_FINAL, sameIdOtherBody)
                .expectStatus()
                .isEqualTo(409)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        client.get()
                .uri("/api/results/units/{unit}/history", DIVING_FINAL)
                .exchange()
                .expectHeader()
                .valueEquals("X-Total-Count", "1");
    }

    @Test
    void refusesEveryKindOfBadMessageAndAppliesNothing() {
        String unit = LONG_JUMP_FINAL;
        ResultsFixture hall = new ResultsFixture(client, List.of(HALL));
        List<Map<String, Object>> bad = List.of(
                message(1, "LIVE", List.of(line("9999999", "8.10"))),
                message(1, "LIVE", List.of(line(woman(1), "8.10"))),
                message(1, "LIVE", List.of(line(man(1), "-8.10"))),
                message(1, "LIVE", List.of(line(man(1), "eight metres"))),
                message(1, "LIVE", List.of(line(man(1), "8.10"), line(man(1), "8.00"))),
                message(1, "FINISHED", List.of(line(man(1), "8.10"))),
                Map.of("sequence", 1, "status", "LIVE", "results", List.of()),
                Map.of("messageId", "m", "status", "LIVE", "results", List.of()));
        for (Map<String, Object> message : bad) {
            hall.post(unit, message)
                    .expectStatus()
                    .isBadRequest()
                    .expectHeader()
                    .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.detail")
                    .exists();
        }
        client.get()
                .uri("/api/results/units/{unit}", unit)
                .exchange()
                .expectBody()
                .jsonPath("$.revision")
                .isEqualTo(0)
                .jsonPath("$.scheduleStatus")
                .isEqualTo("SCHEDULED");
    }

    @Test
    void letsAnOperatorWriteOnlyForUnitsAtItsVenues() {
        pool.post(judo("SFNL", 1), message(1, "START_LIST", startList(man(1), man(2))))
                .expectStatus()
                .isForbidden();
        client.post()
                .uri("/api/results/units/{unit}", judo("SFNL", 1))
                .contentType(MediaType.APPLICATION_JSON)
                .body(message(1, "START_LIST", startList(man(1), man(2))))
                .exchange()
                .expectStatus()
                .isUnauthorized();
        String spectator = TestUsers.create(client, List.of("SPECTATOR"), List.of());
        client.post()
                .uri("/api/results/units/{unit}", judo("SFNL", 1))
                .headers(headers -> headers.setBasicAuth(spectator, "password123"))
                .contentType(MediaType.APPLICATION_JSON)
                .body(message(1, "START_LIST", startList(man(1), man(2))))
                .exchange()
                .expectStatus()
                .isForbidden();
        client.post()
                .uri("/api/results/units/NO-SUCH-UNIT")
                .headers(TestUsers::asAdmin)
                .contentType(MediaType.APPLICATION_JSON)
                .body(message(1, "START_LIST", List.of()))
                .exchange()
                .expectStatus()
                .isNotFound();
    }
}
