package org.gamescloud.results;

import static org.gamescloud.results.ResultsFixture.*;

import java.util.List;
import org.gamescloud.GamesIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The men's 100 m of the results test data carries the real baselines of Hangzhou 2022: GR 9.92 (Su Bingtian,
 * Jakarta 2018), AR 9.83 (Su Bingtian, Tokyo 2021), WR 9.58 (Usain Bolt, Berlin 2009).
 */
@GamesIntegrationTest
class RecordsApiTests {

    private static final String EVENT = "RATM100M--------------";
    private static final String FINAL = EVENT + "FNL-000100--";

    @Autowired
    RestTestClient client;

    @Test
    void flagsANewGamesRecordSetsItWhenOfficialAndWithdrawsItOnCorrection() {
        ResultsFixture hall = new ResultsFixture(client, List.of(HALL));
        hall.post(FINAL, message(1, "START_LIST", startList(man(1), man(2), man(3))))
                .expectStatus()
                .isOk();
        hall.post(
                        FINAL,
                        message(
                                2,
                                "UNOFFICIAL",
                                List.of(line(man(1), "9.90"), line(man(2), "9.95"), line(man(3), "9.91"))))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.results[0].competitor")
                .isEqualTo(man(1))
                .jsonPath("$.results[0].records[0]")
                .isEqualTo("GR")
                .jsonPath("$.results[1].records.length()")
                .isEqualTo(0);
        gamesRecord().isEqualTo("9.92");

        hall.post(
                        FINAL,
                        message(
                                3,
                                "OFFICIAL",
                                List.of(line(man(1), "9.90"), line(man(2), "9.95"), line(man(3), "9.91"))))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.results[0].records[0]")
                .isEqualTo("GR");
        gamesRecord().isEqualTo("9.90");
        client.get()
                .uri("/api/results/events/{event}/records", EVENT)
                .exchange()
                .expectBody()
                .jsonPath("$[?(@.type == 'AR')].mark")
                .isEqualTo("9.83")
                .jsonPath("$[?(@.type == 'GR')].unitCode")
                .isEqualTo(FINAL);

        hall.post(
                        FINAL,
                        withNote(
                                message(
                                        4,
                                        "OFFICIAL",
                                        List.of(line(man(1), "9.93"), line(man(2), "9.95"), line(man(3), "9.94"))),
                                "Timing corrected after review of the photo finish"))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.results[0].records.length()")
                .isEqualTo(0);
        gamesRecord().isEqualTo("9.92");
    }

    private org.springframework.test.web.servlet.client.JsonPathAssertions gamesRecord() {
        return client.get()
                .uri("/api/results/events/{event}/records", EVENT)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$[?(@.type == 'GR')].mark");
    }
}
