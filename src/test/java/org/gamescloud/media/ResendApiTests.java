package org.gamescloud.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.gamescloud.GamesIntegrationTest;
import org.gamescloud.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.support.TransactionTemplate;

@GamesIntegrationTest
class ResendApiTests {

    /** 23:30 in Hangzhou: the 27th there. */
    private static final OffsetDateTime LATE_ON_THE_27TH = OffsetDateTime.parse("2023-09-27T23:30:00+08:00");

    /** 00:30 on the 28th in Hangzhou, still the 27th in UTC: the Games day follows Asia/Shanghai. */
    private static final OffsetDateTime EARLY_ON_THE_28TH = OffsetDateTime.parse("2023-09-28T00:30:00+08:00");

    @Autowired
    RestTestClient client;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    MediaFixture media;
    String heat;
    String finale;
    String notSubscribed;
    String apiKey;
    Object partnerId;
    long heatFirst;
    long heatSecond;
    long finalId;

    @BeforeEach
    void publishUpdates() {
        media = new MediaFixture(client, events, transactions, jdbc);
        heat = MediaFixture.newUnit();
        finale = MediaFixture.newUnit();
        notSubscribed = MediaFixture.newUnit();
        Map<String, Object> partner = media.register("CCTV", "http://127.0.0.1:9/unused", List.of(heat, finale));
        apiKey = (String) partner.get("apiKey");
        partnerId = partner.get("id");
        heatFirst = MediaFixture.newId();
        media.publish(MediaFixture.result(heatFirst, heat, LATE_ON_THE_27TH.toInstant()));
        media.publish(MediaFixture.result(MediaFixture.newId(), notSubscribed, LATE_ON_THE_27TH.toInstant()));
        heatSecond = MediaFixture.newId();
        media.publish(MediaFixture.result(heatSecond, heat, LATE_ON_THE_27TH.toInstant()));
        finalId = MediaFixture.newId();
        media.publish(MediaFixture.result(finalId, finale, EARLY_ON_THE_28TH.toInstant()));
    }

    @Test
    void returnsAUnitsStoredUpdatesInIdOrderInThePushFormat() {
        List<Map<String, Object>> updates = resend("unit=" + heat);

        assertThat(updates)
                .extracting(update -> ((Number) update.get("id")).longValue())
                .containsExactly(heatFirst, heatSecond);
        assertThat(updates.get(0))
                .containsEntry("name", "result")
                .containsEntry("unitCode", heat)
                .containsEntry("publishedAt", "2023-09-27T23:30:00+08:00");
        assertThat(updates.get(0).get("data")).isInstanceOf(Map.class);
    }

    @Test
    void selectsByGamesDayInHangzhouTime() {
        assertThat(ids(resend("day=2023-09-28&unit=" + finale))).containsExactly(finalId);
        assertThat(ids(resend("day=2023-09-27&unit=" + finale))).isEmpty();
        assertThat(ids(resend("day=2023-09-27&unit=" + heat))).containsExactly(heatFirst, heatSecond);
    }

    @Test
    void resendsWhatFollowsAnIdOnlyFromThePartnersSubscription() {
        assertThat(ids(resend("after=" + heatFirst))).containsExactly(heatSecond, finalId);
        assertThat(ids(resend("unit=" + notSubscribed))).isEmpty();
    }

    @Test
    void pagesWithTheTotalInAHeader() {
        client.get()
                .uri("/api/media/updates?after={after}&size=1&page=1", heatFirst - 1)
                .header("X-Api-Key", apiKey)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("X-Total-Count", "3")
                .expectBody()
                .jsonPath("$.length()")
                .isEqualTo(1)
                .jsonPath("$[0].id")
                .isEqualTo(heatSecond);
    }

    @Test
    void refusesInvalidParametersWithAProblem() {
        for (String query :
                List.of("day=2023-13-40", "after=abc", "after=-1", "unit=lower-case", "size=0", "page=-1")) {
            client.get()
                    .uri("/api/media/updates?" + query)
                    .header("X-Api-Key", apiKey)
                    .exchange()
                    .expectStatus()
                    .isBadRequest()
                    .expectHeader()
                    .contentType("application/problem+json")
                    .expectBody()
                    .jsonPath("$.detail")
                    .isNotEmpty();
        }
    }

    @Test
    void needsAKnownApiKey() {
        client.get()
                .uri("/api/media/updates?unit=" + heat)
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType("application/problem+json");
        client.get()
                .uri("/api/media/updates?unit=" + heat)
                .header("X-Api-Key", apiKey + "-forged")
                .exchange()
                .expectStatus()
                .isUnauthorized();
        client.get()
                .uri("/api/media/updates?unit=" + heat)
                .headers(TestUsers::asAdmin)
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void refusesADisabledPartnerAndAReplacedKey() {
        String newKey = client.post()
                .uri("/api/admin/media/partners/{id}/key", partnerId)
                .headers(TestUsers::asAdmin)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody()
                .get("apiKey")
                .toString();
        client.get()
                .uri("/api/media/updates?unit=" + heat)
                .header("X-Api-Key", apiKey)
                .exchange()
                .expectStatus()
                .isUnauthorized();
        assertThat(ids(resend(newKey, "unit=" + heat))).containsExactly(heatFirst, heatSecond);

        client.post()
                .uri("/api/admin/media/partners/{id}/disable", partnerId)
                .headers(TestUsers::asAdmin)
                .exchange()
                .expectStatus()
                .isOk();
        client.get()
                .uri("/api/media/updates?unit=" + heat)
                .header("X-Api-Key", newKey)
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType("application/problem+json");
    }

    private List<Map<String, Object>> resend(String query) {
        return resend(apiKey, query);
    }

    private List<Map<String, Object>> resend(String key, String query) {
        return client.get()
                .uri("/api/media/updates?" + query)
                .header("X-Api-Key", key)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {})
                .returnResult()
                .getResponseBody();
    }

    private static List<Long> ids(List<Map<String, Object>> updates) {
        return updates.stream()
                .map(update -> ((Number) update.get("id")).longValue())
                .toList();
    }
}
