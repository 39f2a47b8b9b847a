package org.gamescloud.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gamescloud.GamesIntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The media push benchmark (docs/benchmarks.md, "Media partner push"), with the production delivery defaults
 * (poll 250 ms): the time to drain a burst of updates to one partner on this machine,
 * against a baseline measured in the same run (the same updates stored and queued for no partner), and the latency
 * of a single update on an idle queue. Excluded from {@code mvn verify}; run it with
 *
 * <pre>mvn -q test -Dtest=MediaPushBenchmark -Dtest.excludedGroups=demo -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * It prints a table and writes it to {@code target/benchmarks/media-push.md}.
 */
@Tag("benchmark")
@GamesIntegrationTest
@TestPropertySource(
        properties = {
            "games.media.delivery.poll-interval=250ms",
            "games.media.delivery.backoff-initial=1s",
            "games.media.delivery.backoff-max=5m"
        })
class MediaPushBenchmark {

    private static final int BURST = 1_000;
    private static final int SINGLES = 30;

    @Autowired
    RestTestClient client;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void measuresDrainingABurstAndTheLatencyOfASingleUpdate() throws IOException {
        MediaFixture media = new MediaFixture(client, events, transactions, jdbc);
        try (FakePartner partner = FakePartner.start()) {
            String unit = MediaFixture.newUnit();
            media.register("Benchmark wire", partner.endpoint(), List.of(unit));

            String unsubscribed = MediaFixture.newUnit();
            long baselineStarted = System.nanoTime();
            long lastBaseline = 0;
            for (int i = 0; i < BURST; i++) {
                lastBaseline = MediaFixture.newId();
                media.publishWithoutWaiting(MediaFixture.result(lastBaseline, unsubscribed, MediaFixture.MORNING));
            }
            awaitStored(lastBaseline);
            double baseline_s = (System.nanoTime() - baselineStarted) / 1e9;

            long burstStarted = System.nanoTime();
            for (int i = 0; i < BURST; i++) {
                media.publishWithoutWaiting(MediaFixture.result(MediaFixture.newId(), unit, MediaFixture.MORNING));
            }
            await().atMost(Duration.ofMinutes(5))
                    .until(() -> partner.acknowledgedIds().size() >= BURST);
            double burst_s = (System.nanoTime() - burstStarted) / 1e9;
            List<Long> received = partner.acknowledgedIds();
            assertThat(received).isSorted().doesNotHaveDuplicates();

            List<Double> latencies_ms = new ArrayList<>();
            for (int i = 0; i < SINGLES; i++) {
                long id = MediaFixture.newId();
                long started = System.nanoTime();
                media.publishWithoutWaiting(MediaFixture.result(id, unit, MediaFixture.MORNING));
                await().atMost(Duration.ofSeconds(30))
                        .pollInterval(Duration.ofMillis(2))
                        .until(() -> partner.acknowledgedIds().contains(id));
                latencies_ms.add((System.nanoTime() - started) / 1e6);
            }
            latencies_ms.sort(Double::compare);

            String table = String.format(
                    Locale.ROOT,
                    """
                    | measure | value |
                    |---|---|
                    | baseline: %d updates published, stored, queued for nobody | %.2f s (%.0f updates/s) |
                    | %d updates published and pushed in order to one partner (until the last 2xx) | %.2f s (%.0f updates/s) |
                    | ratio push / baseline | %.2f |
                    | one update on an idle queue, publish → partner's 2xx: p50 / max of %d | %.0f ms / %.0f ms |
                    """,
                    BURST,
                    baseline_s,
                    BURST / baseline_s,
                    BURST,
                    burst_s,
                    BURST / burst_s,
                    burst_s / baseline_s,
                    SINGLES,
                    latencies_ms.get(SINGLES / 2),
                    latencies_ms.get(SINGLES - 1));
            System.out.println(table);
            Path out = Path.of("target", "benchmarks", "media-push.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, table);
        }
    }

    private void awaitStored(long id) {
        await().atMost(Duration.ofMinutes(5))
                .until(() -> jdbc.sql("SELECT count(*) FROM media_update WHERE id = :id")
                                .param("id", id)
                                .query(Long.class)
                                .single()
                        == 1);
    }
}
