package org.gamescloud.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.gamescloud.GamesIntegrationTest;
import org.gamescloud.live.LiveFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * From a results operator's message to a media partner's endpoint, through the real results, live and media modules:
 * no update is published by hand.
 */
@GamesIntegrationTest
class OfficialResultPushTests {

    /** A heat of the live dataset that no other test posts to. */
    private static final String UNIT = LiveFixture.heat(37);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    RestTestClient client;

    FakePartner partner;

    @BeforeEach
    void startPartner() throws Exception {
        partner = FakePartner.start();
    }

    @AfterEach
    void stopPartner() {
        partner.close();
    }

    @Test
    void pushesAnOfficialResultAsTheUnitResourceShowsItSignedWithThePartnersKey() throws Exception {
        Map<String, Object> registered =
                new MediaFixture(client).register("Kyodo results desk", partner.endpoint(), List.of(UNIT));
        String apiKey = (String) registered.get("apiKey");

        new LiveFixture(client).post(UNIT, 1, "OFFICIAL");

        FakePartner.Received push =
                await().atMost(Duration.ofSeconds(20)).until(this::officialPush, received -> received != null);
        JsonNode body = JSON.readTree(push.body());
        String resource = client.get()
                .uri("/api/results/units/{unit}", UNIT)
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseBody();
        assertThat(body.path("unitCode").asString()).isEqualTo(UNIT);
        assertThat(body.path("name").asString()).isEqualTo("result");
        assertThat(body.path("data")).isEqualTo(JSON.readTree(resource));
        assertThat(push.partnerHeader()).isEqualTo(registered.get("id").toString());
        assertThat(FakePartner.signatureVerifies(push, apiKey)).isTrue();
        assertThat(partner.received())
                .as("only the partner's unit is pushed to it")
                .allSatisfy(received -> assertThat(
                                JSON.readTree(received.body()).path("unitCode").asString())
                        .isEqualTo(UNIT));
    }

    private FakePartner.Received officialPush() {
        return partner.received().stream()
                .filter(received -> {
                    JsonNode body = JSON.readTree(received.body());
                    return UNIT.equals(body.path("unitCode").asString())
                            && "OFFICIAL"
                                    .equals(body.path("data").path("status").asString());
                })
                .findFirst()
                .orElse(null);
    }
}
