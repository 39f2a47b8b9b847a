package org.gamescloud.results;

import static org.gamescloud.results.ResultsFixture.*;

import org.gamescloud.GamesIntegrationTest;
import org.gamescloud.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

@GamesIntegrationTest
class BulkResultsTests {

    @Autowired
    RestTestClient client;

    @Test
    void appliesEachLineOfABatchUnderTheSingleMessageRules() {
        String first = football(1);
        String body = String.join(
                "\n",
                "{\"unitCode\":\"" + first + "\",\"messageId\":\"b1\",\"sequence\":1,\"status\":\"START_LIST\","
                        + "\"results\":[{\"competitor\":\"RNA-RFB\"},{\"competitor\":\"RNB-RFB\"}]}",
                "{\"unitCode\":\"" + first + "\",\"messageId\":\"b2\",\"sequence\":1,\"status\":\"LIVE\","
                        + "\"results\":[{\"competitor\":\"RNA-RFB\",\"mark\":\"1\"},{\"competitor\":\"RNB-RFB\",\"mark\":\"0\"}]}",
                "this is not json",
                "{\"unitCode\":\"NO-SUCH-UNIT\",\"messageId\":\"b3\",\"sequence\":1,\"status\":\"LIVE\",\"results\":[]}",
                "",
                "{\"unitCode\":\"" + first + "\",\"messageId\":\"b4\",\"sequence\":2,\"status\":\"LIVE\","
                        + "\"results\":[{\"competitor\":\"RNA-RFB\",\"mark\":\"1\"},{\"competitor\":\"RNB-RFB\",\"mark\":\"1\"}]}");
        client.post()
                .uri("/api/results/messages")
                .headers(TestUsers::asAdmin)
                .contentType(MediaType.parseMediaType("application/x-ndjson"))
                .body(body)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.length()")
                .isEqualTo(5)
                .jsonPath("$[0].status")
                .isEqualTo(200)
                .jsonPath("$[1].status")
                .isEqualTo(409)
                .jsonPath("$[2].status")
                .isEqualTo(400)
                .jsonPath("$[3].status")
                .isEqualTo(404)
                .jsonPath("$[4].status")
                .isEqualTo(200)
                .jsonPath("$[4].body.revision")
                .isEqualTo(2);
    }

    @Test
    void refusedLinesAmongAcceptedOnesOfTheSameUnitChangeNothing() {
        String unit = football(5);
        String score = "\"results\":[{\"competitor\":\"RNA-RFB\",\"mark\":\"%s\"},"
                + "{\"competitor\":\"RNB-RFB\",\"mark\":\"%s\"}]}";
        String body = String.join(
                "\n",
                line(unit, "r1", 1, "START_LIST")
                        + "\"results\":[{\"competitor\":\"RNA-RFB\"},{\"competitor\":\"RNB-RFB\"}]}",
                line(unit, "r2", 2, "LIVE") + "\"results\":[{\"competitor\":\"NOBODY\",\"mark\":\"1\"}]}",
                line(unit, "r3", 2, "LIVE") + score.formatted("1", "0"),
                line(unit, "r3", 2, "LIVE") + score.formatted("1", "0"),
                line(unit, "r3", 3, "LIVE") + score.formatted("2", "0"),
                line(unit, "r4", 3, "OFFICIAL") + score.formatted("2", "0"),
                line(unit, "r5", 4, "LIVE") + score.formatted("2", "1"),
                line(unit, "r6", 5, "OFFICIAL") + score.formatted("2", "1"));
        client.post()
                .uri("/api/results/messages")
                .headers(TestUsers::asAdmin)
                .contentType(MediaType.parseMediaType("application/x-ndjson"))
                .body(body)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$[*].status")
                .isEqualTo(java.util.List.of(200, 400, 200, 200, 409, 200, 409, 400))
                .jsonPath("$[3].body.revision")
                .isEqualTo(2)
                .jsonPath("$[5].body.revision")
                .isEqualTo(3)
                .jsonPath("$[5].body.status")
                .isEqualTo("OFFICIAL");
        client.get()
                .uri("/api/results/units/{unit}/history", unit)
                .exchange()
                .expectHeader()
                .valueEquals("X-Total-Count", "3")
                .expectBody()
                .jsonPath("$[*].messageId")
                .isEqualTo(java.util.List.of("r1", "r3", "r4"));
    }

    private static String line(String unit, String messageId, long sequence, String status) {
        return "{\"unitCode\":\"" + unit + "\",\"messageId\":\"" + messageId + "\",\"sequence\":" + sequence
                + ",\"status\":\"" + status + "\",";
    }

    @Test
    void needsAnOperatorForABatch() {
        client.post()
                .uri("/api/results/messages")
                .contentType(MediaType.parseMediaType("application/x-ndjson"))
                .body("{}")
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }
}
