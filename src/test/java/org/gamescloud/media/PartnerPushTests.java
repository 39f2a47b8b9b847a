package org.gamescloud.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.gamescloud.GamesIntegrationTest;
import org.gamescloud.TestUsers;
import org.gamescloud.live.LiveUpdatePublished;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@GamesIntegrationTest
class PartnerPushTests {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    RestTestClient client;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    MediaFixture media;
    FakePartner partner;

    @BeforeEach
    void startPartner() throws Exception {
        media = new MediaFixture(client, events, transactions, jdbc);
        partner = FakePartner.start();
    }

    @AfterEach
    void stopPartner() {
        partner.close();
    }

    @Test
    void pushesEachMatchingUpdateInIdOrderSignedWithThePartnersKey() throws Exception {
        String unit = MediaFixture.newUnit();
        String otherUnit = MediaFixture.newUnit();
        Map<String, Object> registered = media.register("Xinhua wire", partner.endpoint(), List.of(unit));
        String apiKey = (String) registered.get("apiKey");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long id = MediaFixture.newId();
            ids.add(id);
            media.publish(MediaFixture.result(id, unit, MediaFixture.MORNING));
            media.publish(MediaFixture.result(MediaFixture.newId(), otherUnit, MediaFixture.MORNING));
        }

        await().atMost(PATIENCE).until(() -> partner.acknowledgedIds().size() >= 5);

        assertThat(partner.acknowledgedIds()).containsExactlyElementsOf(ids);
        FakePartner.Received first = partner.received().get(0);
        assertThat(first.partnerHeader()).isEqualTo(registered.get("id").toString());
        assertThat(FakePartner.signatureVerifies(first, apiKey)).isTrue();
        assertThat(FakePartner.signatureVerifies(first, apiKey + "x")).isFalse();
        JsonNode body = JSON.readTree(first.body());
        assertThat(body.get("id").asLong()).isEqualTo(ids.get(0));
        assertThat(body.get("name").asString()).isEqualTo("result");
        assertThat(body.get("unitCode").asString()).isEqualTo(unit);
        assertThat(body.get("eventCode").asString()).isEqualTo(unit.substring(0, 22));
        assertThat(body.get("data").get("results").get(0).get("mark").asString())
                .isEqualTo("52.10");
        assertThat(body.get("publishedAt").asString()).isEqualTo("2023-09-27T09:30:00+08:00");
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(media.status(registered.get("id")))
                        .containsEntry("queued", 0)
                        .containsEntry("lastDeliveredId", ids.get(4))
                        .containsEntry("failedAttempts", 0));
    }

    @Test
    void queuesNothingWhenTheLivePublishersTransactionRollsBack() {
        String unit = MediaFixture.newUnit();
        media.register("Bernama", partner.endpoint(), List.of(unit));
        long rolledBack = MediaFixture.newId();
        long committed = MediaFixture.newId();

        transactions.executeWithoutResult(status -> {
            events.publishEvent(MediaFixture.result(rolledBack, unit, MediaFixture.MORNING));
            status.setRollbackOnly();
        });
        media.publish(MediaFixture.result(committed, unit, MediaFixture.MORNING));

        await().atMost(PATIENCE).until(() -> partner.acknowledgedIds().contains(committed));
        assertThat(partner.acknowledgedIds()).containsExactly(committed);
        assertThat(jdbc.sql("SELECT count(*) FROM media_update WHERE id = :id")
                        .param("id", rolledBack)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void keepsUpdatesQueuedWhileThePartnerAnswers503AndDeliversThemInOrderOnceWhenItRecovers() {
        partner.answer(503);
        String unit = MediaFixture.newUnit();
        Object id = media.register("Kyodo", partner.endpoint(), List.of(unit)).get("id");
        List<Long> ids = publishThree(unit);

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(media.status(id))
                        .containsEntry("queued", 3)
                        .containsEntry("nextUpdateId", ids.get(0))
                        .containsEntry("lastError", "HTTP 503")
                        .satisfies(status -> assertThat((Integer) status.get("failedAttempts"))
                                .isGreaterThanOrEqualTo(2))
                        .satisfies(status ->
                                assertThat(status.get("nextAttemptAt")).isNotNull()));
        assertThat(partner.received())
                .allSatisfy(push -> assertThat(push.updateId()).isEqualTo(ids.get(0)));
        await().atMost(PATIENCE)
                .until(() -> prometheus()
                        .lines()
                        .anyMatch(line -> line.startsWith("games_media_queue_depth{")
                                && line.contains("partner=\"" + id + "\"")
                                && line.endsWith(" 3.0")));

        partner.answer(200);

        await().atMost(PATIENCE).until(() -> partner.acknowledgedIds().size() >= 3);
        assertThat(partner.acknowledgedIds()).containsExactlyElementsOf(ids);
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(media.status(id))
                        .containsEntry("queued", 0)
                        .containsEntry("failedAttempts", 0)
                        .containsEntry("lastDeliveredId", ids.get(2)));
        assertThat(partner.acknowledgedIds()).containsExactlyElementsOf(ids);
    }

    @Test
    void retriesWhileThePartnersServerIsDownAndDeliversEverythingInOrderWhenItIsBack() throws Exception {
        String unit = MediaFixture.newUnit();
        Object id = media.register("Yonhap", partner.endpoint(), List.of(unit)).get("id");
        partner.stop();
        List<Long> ids = publishThree(unit);

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(media.status(id))
                        .containsEntry("queued", 3)
                        .satisfies(status ->
                                assertThat((String) status.get("lastError")).contains("ConnectException")));

        partner.restart();

        await().atMost(PATIENCE).until(() -> partner.acknowledgedIds().size() >= 3);
        assertThat(partner.acknowledgedIds()).containsExactlyElementsOf(ids);
        assertThat(partner.received()).hasSize(3);
    }

    @Test
    void queuesNothingForADisabledPartnerAndResumesWhenItIsEnabledAgain() {
        String unit = MediaFixture.newUnit();
        Object id = media.register("AFP", partner.endpoint(), List.of(unit)).get("id");
        client.post()
                .uri("/api/admin/media/partners/{id}/disable", id)
                .headers(TestUsers::asAdmin)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.enabled")
                .isEqualTo(false);
        long missed = MediaFixture.newId();
        media.publish(MediaFixture.result(missed, unit, MediaFixture.MORNING));
        assertThat(media.status(id)).containsEntry("queued", 0);

        client.post()
                .uri("/api/admin/media/partners/{id}/enable", id)
                .headers(TestUsers::asAdmin)
                .exchange()
                .expectStatus()
                .isOk();
        long next = MediaFixture.newId();
        media.publish(MediaFixture.result(next, unit, MediaFixture.MORNING));

        await().atMost(PATIENCE).until(() -> partner.acknowledgedIds().contains(next));
        assertThat(partner.acknowledgedIds()).containsExactly(next);
    }

    @Test
    void anUpdateDeliveredTwiceByTheEventRegistryIsQueuedOnce() {
        String unit = MediaFixture.newUnit();
        media.register("Reuters", partner.endpoint(), List.of(unit));
        LiveUpdatePublished update = MediaFixture.result(MediaFixture.newId(), unit, MediaFixture.MORNING);
        media.publish(update);
        media.publish(update);
        long later = MediaFixture.newId();
        media.publish(MediaFixture.result(later, unit, MediaFixture.MORNING));

        await().atMost(PATIENCE).until(() -> partner.acknowledgedIds().contains(later));
        assertThat(partner.acknowledgedIds()).containsExactly(update.id(), later);
    }

    private String prometheus() {
        return client.get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    private List<Long> publishThree(String unit) {
        List<Long> ids =
                LongStream.range(0, 3).map(i -> MediaFixture.newId()).boxed().toList();
        ids.forEach(id -> media.publish(MediaFixture.result(id, unit, MediaFixture.MORNING)));
        return ids;
    }
}
