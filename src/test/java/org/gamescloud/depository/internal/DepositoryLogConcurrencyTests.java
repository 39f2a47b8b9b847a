package org.gamescloud.depository.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gamescloud.GamesIntegrationTest;
import org.gamescloud.depository.merkle.Hash;
import org.gamescloud.depository.merkle.MerkleProofVerifier;
import org.gamescloud.depository.merkle.Rfc6962;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The log under many writers at once, and the log as a freshly started instance finds it in the database. */
@GamesIntegrationTest
class DepositoryLogConcurrencyTests {

    private static final int THREADS = 12;
    private static final int APPENDS_PER_THREAD = 40;

    @Autowired
    DepositoryLog log;

    @Autowired
    SignerKeys keys;

    @Autowired
    DepositoryProperties properties;

    @Autowired
    JdbcClient jdbc;

    @Test
    void concurrentAppendsNeverLoseOrReorderAnAcknowledgedEntry() throws Exception {
        Map<Long, byte[]> acknowledged = new ConcurrentHashMap<>();
        ExecutorService writers = Executors.newFixedThreadPool(THREADS);
        List<Future<List<Long>>> threads = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                threads.add(writers.submit(() -> {
                    List<Long> indexes = new ArrayList<>();
                    for (int i = 0; i < APPENDS_PER_THREAD; i++) {
                        byte[] entry = ("writer " + thread + " entry " + i + " " + System.nanoTime())
                                .getBytes(StandardCharsets.UTF_8);
                        long index = (i % 5 == 4)
                                ? log.appendAll(List.of(entry)).get(0).index()
                                : log.append(entry).index();
                        acknowledged.put(index, entry);
                        indexes.add(index);
                    }
                    return indexes;
                }));
            }
            for (Future<List<Long>> thread : threads) {
                assertThat(thread.get(2, java.util.concurrent.TimeUnit.MINUTES))
                        .as("one writer's entries keep the order they were acknowledged in")
                        .isSorted()
                        .doesNotHaveDuplicates();
            }
        } finally {
            writers.shutdownNow();
        }

        assertThat(acknowledged).hasSize(THREADS * APPENDS_PER_THREAD);
        long size = log.size();
        Hash root = log.rootHash(size);
        acknowledged.forEach((index, entry) -> {
            assertThat(log.findEntry(index))
                    .as("entry %d", index)
                    .hasValueSatisfying(stored -> assertThat(stored).isEqualTo(entry));
            assertThat(MerkleProofVerifier.verifyInclusion(
                            Rfc6962.leafHash(entry), index, size, log.inclusionProof(index, size), root))
                    .as("entry %d in the tree", index)
                    .isTrue();
        });
        assertThat(jdbc.sql("SELECT count(*) = max(index) + 1 FROM depository_entry")
                        .query(Boolean.class)
                        .single())
                .as("indexes have no gaps")
                .isTrue();
    }

    @Test
    void aFreshlyStartedInstanceFindsTheSameTreeAndKeyInTheDatabase() {
        long index = log.append("before the restart".getBytes(StandardCharsets.UTF_8))
                .index();
        long size = log.size();
        Hash root = log.rootHash(size);

        DepositoryLog restarted = new DepositoryLog(jdbc, new JdbcSubtreeStore(jdbc));
        SignerKeys restartedKeys = new SignerKeys(jdbc, properties);

        assertThat(restarted.size()).isGreaterThanOrEqualTo(size);
        assertThat(restarted.rootHash(size)).isEqualTo(root);
        assertThat(restarted.findEntry(index)).isPresent();
        assertThat(restartedKeys.signer().verifierKey().encoded())
                .isEqualTo(keys.signer().verifierKey().encoded());
    }
}
