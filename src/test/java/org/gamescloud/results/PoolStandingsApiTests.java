package org.gamescloud.results;

import static org.gamescloud.results.ResultsFixture.*;

import java.util.List;
import java.util.Map;
import org.gamescloud.GamesIntegrationTest;
import org.gamescloud.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Pool B of the results test data replays group B of the 2018 FIFA World Cup: Spain (RNE) and Portugal (RNF) level
 * on 5 points and +1, Spain first on goals scored (6 v 5), Iran (RNG) 4, Morocco (RNH) 1.
 */
@GamesIntegrationTest
class PoolStandingsApiTests {

    private static final String SPAIN = "RNE-RFB";
    private static final String PORTUGAL = "RNF-RFB";
    private static final String IRAN = "RNG-RFB";
    private static final String MOROCCO = "RNH-RFB";

    @Autowired
    RestTestClient client;

    static boolean played;

    @BeforeEach
    void playGroupB() {
        if (played) {
            return;
        }
        ResultsFixture hall = new ResultsFixture(client, List.of(HALL));
        Object[][] matches = {
            {MOROCCO, "0", IRAN, "1"},
            {PORTUGAL, "3", SPAIN, "3"},
            {PORTUGAL, "1", MOROCCO, "0"},
            {IRAN, "0", SPAIN, "1"},
            {IRAN, "1", PORTUGAL, "1"},
            {SPAIN, "2", MOROCCO, "2"}
        };
        for (int i = 0; i < matches.length; i++) {
            Object[] match = matches[i];
            hall.post(
                            unit(FOOTBALL_EVENT, "GPB", i + 1),
                            message(
                                    1,
                                    "OFFICIAL",
                                    List.of(line((String) match[0], (String) match[1]), line((String) match[2], (String)
                                            match[3]))))
                    .expectStatus()
                    .isOk();
        }
        played = true;
    }

    @Test
    void ranksSpainAbovePortugalOnGoalsScored() {
        client.get()
                .uri("/api/results/events/{event}/standings", FOOTBALL_EVENT)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$[?(@.phase == 'GPB')].standings[0].competitor")
                .isEqualTo(SPAIN)
                .jsonPath("$[?(@.phase == 'GPB')].standings[0].points")
                .isEqualTo(5)
                .jsonPath("$[?(@.phase == 'GPB')].standings[0].for")
                .isEqualTo(6)
                .jsonPath("$[?(@.phase == 'GPB')].standings[0].against")
                .isEqualTo(5)
                .jsonPath("$[?(@.phase == 'GPB')].standings[1].competitor")
                .isEqualTo(PORTUGAL)
                .jsonPath("$[?(@.phase == 'GPB')].standings[1].rank")
                .isEqualTo(2)
                .jsonPath("$[?(@.phase == 'GPB')].standings[2].competitor")
                .isEqualTo(IRAN)
                .jsonPath("$[?(@.phase == 'GPB')].standings[3].competitor")
                .isEqualTo(MOROCCO)
                .jsonPath("$[?(@.phase == 'GPB')].standings[3].played")
                .isEqualTo(3)
                .jsonPath("$[?(@.phase == 'GPB')].complete")
                .isEqualTo(true)
                .jsonPath("$[?(@.phase == 'GPB')].standings[1].qualified")
                .isEqualTo(true)
                .jsonPath("$[?(@.phase == 'GPB')].standings[2].qualified")
                .isEqualTo(false);
    }

    @Test
    void appliesTheEventsOwnPointsAndTieBreakers() {
        client.put()
                .uri("/api/admin/results/events/{event}/standings-rule", FOOTBALL_EVENT)
                .headers(TestUsers::asAdmin)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("win", 2, "draw", 1, "loss", 0, "tieBreakers", List.of("HEAD_TO_HEAD", "SCORED")))
                .exchange()
                .expectStatus()
                .isOk();
        try {
            client.get()
                    .uri("/api/results/events/{event}/standings", FOOTBALL_EVENT)
                    .exchange()
                    .expectBody()
                    .jsonPath("$[?(@.phase == 'GPB')].standings[0].competitor")
                    .isEqualTo(SPAIN)
                    .jsonPath("$[?(@.phase == 'GPB')].standings[0].points")
                    .isEqualTo(4);
        } finally {
            client.put()
                    .uri("/api/admin/results/events/{event}/standings-rule", FOOTBALL_EVENT)
                    .headers(TestUsers::asAdmin)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of(
                            "win",
                            3,
                            "draw",
                            1,
                            "loss",
                            0,
                            "tieBreakers",
                            List.of("DIFFERENCE", "SCORED", "HEAD_TO_HEAD")))
                    .exchange()
                    .expectStatus()
                    .isOk();
        }
    }

    @Test
    void marksNobodyQualifiedWhileAPoolHasMatchesToPlay() {
        client.get()
                .uri("/api/results/events/{event}/standings", FOOTBALL_EVENT)
                .exchange()
                .expectBody()
                .jsonPath("$[?(@.phase == 'GPA')].complete")
                .isEqualTo(false)
                .jsonPath("$[?(@.phase == 'GPA')].standings[?(@.qualified == true)]")
                .isEmpty();
    }

    @Test
    void refusesAnUnknownTieBreaker() {
        client.put()
                .uri("/api/admin/results/events/{event}/standings-rule", FOOTBALL_EVENT)
                .headers(TestUsers::asAdmin)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("win", 3, "draw", 1, "loss", 0, "tieBreakers", List.of("COIN_TOSS")))
                .exchange()
                .expectStatus()
                .isBadRequest();
    }
}
