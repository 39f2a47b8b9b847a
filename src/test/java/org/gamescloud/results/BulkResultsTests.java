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
