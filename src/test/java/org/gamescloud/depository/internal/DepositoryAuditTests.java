package org.gamescloud.depository.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.gamescloud.GamesIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Someone with access to the database alters what the log stored, bypassing the application: the self-audit notices
 * it and the health turns DOWN; once the bytes are put back, it turns UP again.
 */
@GamesIntegrationTest
class DepositoryAuditTests {

    private static final Duration A_FEW_RUNS = Duration.ofSeconds(30);

    @Autowired
    RestTestClient client;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DepositoryLog log;

    @Autowired
    DepositoryAudit audit;

    @Autowired
    Checkpoints checkpoints;

    @Test
    void turnsTheHealthDownWhenAStoredEntryIsAlteredAndUpWhenItIsRestored() {
        byte[] original = "official result, as notarised".getBytes(StandardCharsets.UTF_8);
        long index = log.append(original).index();
        assertThat(checkpoints.latestCovering(index))
                .as("signed before it is altered")
                .isPresent();
        await().atMost(A_FEW_RUNS).until(() -> audit.health().getStatus().equals(Status.UP));

        try {
            alter(index, "official result, quietly changed".getBytes(StandardCharsets.UTF_8));

            await().atMost(A_FEW_RUNS).until(() -> audit.health().getStatus().equals(Status.DOWN));
            assertThat(audit.health().getDetails().get("problems"))
                    .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                    .contains("entry " + index + " does not hash to its stored leaf hash");
            client.get()
                    .uri("/actuator/health")
                    .exchange()
                    .expectStatus()
                    .isEqualTo(503)
                    .expectBody()
                    .jsonPath("$.status")
                    .isEqualTo("DOWN");
        } finally {
            alter(index, original);
        }
        await().atMost(A_FEW_RUNS).until(() -> audit.health().getStatus().equals(Status.UP));
    }

    @Test
    void noticesASubtreeHashReplacedWithTheLeafHashOfAnotherEntry() {
        List<DepositoryLog.Appended> appended = log.appendAll(
                List.of("first".getBytes(StandardCharsets.UTF_8), "second".getBytes(StandardCharsets.UTF_8)));
        long index = appended.get(1).index();
        // Altered before a checkpoint covered it, the entry would be signed as altered: alter what was signed.
        assertThat(checkpoints.latestCovering(index))
                .as("signed before it is altered")
                .isPresent();
        byte[] leafHash = appended.get(1).leafHash().toBytes();
        try {
            jdbc.sql("UPDATE depository_subtree SET hash = :hash WHERE level = 0 AND idx = :index")
                    .param("hash", appended.get(0).leafHash().toBytes())
                    .param("index", index)
                    .update();
            await().atMost(A_FEW_RUNS).until(() -> audit.health().getStatus().equals(Status.DOWN));
        } finally {
            jdbc.sql("UPDATE depository_subtree SET hash = :hash WHERE level = 0 AND idx = :index")
                    .param("hash", leafHash)
                    .param("index", index)
                    .update();
        }
        await().atMost(A_FEW_RUNS).until(() -> audit.health().getStatus().equals(Status.UP));
    }

    private void alter(long index, byte[] entry) {
        jdbc.sql("UPDATE depository_entry SET entry = :entry WHERE index = :index")
                .param("entry", entry)
                .param("index", index)
                .update();
    }

    @Test
    void yieldsToTheRealWorkByPausingNineteenTimesAsLongAsALongRunTook() {
        long interval = Duration.ofMillis(500).toNanos();
        assertThat(audit.pauseAfter(Duration.ofMillis(3).toNanos()))
                .as("a quick run waits for the configured interval")
                .isEqualTo(interval);
        assertThat(audit.pauseAfter(Duration.ofSeconds(1).toNanos()))
                .as("a run of 1 s on a busy log is followed by 19 s of rest: at most 5 % of a core")
                .isEqualTo(Duration.ofSeconds(19).toNanos());
    }
}
