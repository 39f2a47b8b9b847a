package org.gamescloud.simulator;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The runs of the peak-day benchmark against one database: a warm-up (26 Sep, lightly, so that the JIT has compiled
 * the ingest path, as on a server that has run all morning), the whole of 27 Sep 2023 replayed through the HTTP API
 * in NDJSON batches (the target), then in the same run the baselines: the single-message endpoint (one transaction and
 * one commit per message, 8 in parallel) on a slice of 28 Sep, and raw PostgreSQL inserts of a row like a revision
 * (1 KB of jsonb) with the same durability, one per commit and 200 per commit.
 */
final class PeakDayRuns {

    static final double TARGET_SECONDS = 30;
    private static final Path REPORT = Path.of("target/benchmarks/ingest.md");

    private final int port;
    private final String database;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final List<String> rows = new ArrayList<>();

    PeakDayRuns(int port, String database, JdbcClient jdbc, TransactionTemplate transaction) {
        this.port = port;
        this.database = database;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    void measure() throws Exception {
        String settings = "fsync=" + setting("fsync") + ", synchronous_commit=" + setting("synchronous_commit")
                + ", commit_delay=" + setting("commit_delay");
        progress(database + ": "
                + jdbc.sql("SELECT version()").query(String.class).single());
        progress("settings: " + settings + "; JDK " + Runtime.version() + "; virtual threads "
                + System.getProperty("spring.threads.virtual.enabled", "false") + "; load " + load());
        Summary warmUp = play("--date", "2023-09-26", "--bulk", "--messages-per-unit", "25");
        row("warm-up (JIT): 26 Sep, bulk, 25 messages per unit", warmUp, "");
        CpuTime before = CpuTime.now(jdbc);
        Summary peak =
                play("--date", "2023-09-27", "--bulk", "--batch-size", System.getProperty("bench.batch-size", "200"));
        CpuTime used = CpuTime.now(jdbc).minus(before);
        progress(String.format(
                "CPU used by the peak day: JVM (application and simulator) %.1f s, PostgreSQL %.1f s, total %.1f s"
                        + " = %.0f µs per message; on 2 idle cores at least %.1f s",
                used.jvmSeconds(),
                used.postgresSeconds(),
                used.totalSeconds(),
                used.totalSeconds() * 1e6 / peak.messages(),
                used.totalSeconds() / 2));
        progress("rows after the peak day: " + count("result_revision") + " revisions, " + count("live_update")
                + " live updates published (" + count("live_pending") + " still pending), " + count("media_update")
                + " media updates, " + count("event_publication") + " event publications outstanding");
        row(
                "peak day 27 Sep, bulk NDJSON, batches of 200, 2 lanes",
                peak,
                (peak.elapsedSeconds() <= TARGET_SECONDS ? "PASS" : "MISS") + " (≤ " + TARGET_SECONDS + " s)");
        rows.add(String.format(
                "| CPU time of the peak day: JVM (application + simulator) / PostgreSQL | %.1f s / %.1f s"
                        + " = %.0f µs per message | total ÷ 2 cores = %.1f s | | |",
                used.jvmSeconds(),
                used.postgresSeconds(),
                used.totalSeconds() * 1e6 / peak.messages(),
                used.totalSeconds() / 2));
        if (!Boolean.parseBoolean(System.getProperty("bench.baselines", "true"))) {
            report(settings);
            return;
        }
        Summary single = play("--date", "2023-09-28", "--messages-per-unit", "12", "--concurrency", "8");
        row("baseline: single-message POSTs, 8 in parallel (28 Sep, 12 per unit)", single, "");
        double rawOne = rawInserts(1, 5);
        double rawBatch = rawInserts(200, 5);
        double peakRate = peak.messages() / peak.elapsedSeconds();
        rows.add(String.format(
                "| baseline: raw INSERT of a 1 KB jsonb row, 1 per commit, 8 threads | %,.0f rows/s | | | %.2f |",
                rawOne, peakRate / rawOne));
        rows.add(String.format(
                "| baseline: raw INSERT of a 1 KB jsonb row, 200 per commit, 2 threads | %,.0f rows/s | | | %.2f |",
                rawBatch, peakRate / rawBatch));
        rows.add(String.format(
                "| ratio bulk / single-message POSTs | %.1f× | | | |",
                peakRate / (single.messages() / single.elapsedSeconds())));
        report(settings);
    }

    private Summary play(String... args) throws InterruptedException {
        List<String> options = new ArrayList<>(List.of(args));
        options.addAll(List.of("--url", "http://localhost:" + port, "--as-fast-as-possible"));
        progress("playing " + String.join(" ", args));
        Summary summary = DemoDay.run(Options.parse(options.toArray(String[]::new)), System.out, false);
        progress(String.format(
                "%,d messages in %.1f s: %,.0f msg/s, %,d refused",
                summary.messages(),
                summary.elapsedSeconds(),
                summary.messages() / summary.elapsedSeconds(),
                summary.refused()));
        return summary;
    }

    private void row(String what, Summary summary, String target) {
        rows.add(String.format(
                "| %s | %,d messages (%,d refused) in %.1f s = **%,.0f msg/s** | p50 %.1f / p99 %.1f / max %.1f ms"
                        + " (%,d requests) | %s | |",
                what,
                summary.messages(),
                summary.refused(),
                summary.elapsedSeconds(),
                summary.messages() / summary.elapsedSeconds(),
                summary.p50Millis(),
                summary.p99Millis(),
                summary.maxMillis(),
                summary.requests(),
                target));
    }

    /** Rows per second inserted for a few seconds, each transaction committed (so flushed, when fsync is on). */
    private double rawInserts(int perCommit, int seconds) throws Exception {
        jdbc.sql("CREATE TABLE IF NOT EXISTS bench_revision (id bigserial PRIMARY KEY, unit_code text, revision int,"
                        + " results jsonb, applied_at timestamptz default now())")
                .update();
        String results = "["
                + "{\"rank\":1,\"competitor\":\"1000001\",\"noc\":\"CHN\",\"mark\":\"1:45.67\"},".repeat(13) + "{}]";
        int threads = perCommit == 1 ? 8 : 2;
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong inserted = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        long started = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    transaction.executeWithoutResult(status -> {
                        for (int i = 0; i < perCommit; i++) {
                            jdbc.sql("INSERT INTO bench_revision (unit_code, revision, results)"
                                            + " VALUES ('BENCH', 1, CAST(:results AS jsonb))")
                                    .param("results", results)
                                    .update();
                        }
                    });
                    inserted.addAndGet(perCommit);
                }
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();
        double rate = inserted.get() / ((System.nanoTime() - started) / 1e9);
        progress(String.format("raw inserts, %d per commit: %,.0f rows/s", perCommit, rate));
        jdbc.sql("DROP TABLE bench_revision").update();
        return rate;
    }

    private void report(String settings) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("### " + database + " (" + Instant.now() + ", JDK " + Runtime.version() + ", virtual threads "
                + System.getProperty("spring.threads.virtual.enabled", "false") + ", load " + load() + ")");
        lines.add("");
        lines.add(settings);
        lines.add("");
        lines.add("| run | throughput | latency per request | target | peak-day rate ÷ this |");
        lines.add("|---|---|---|---|---|");
        lines.addAll(rows);
        lines.forEach(System.out::println);
        Files.createDirectories(REPORT.getParent());
        Files.write(REPORT, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private String setting(String name) {
        return jdbc.sql("SELECT current_setting('" + name + "')")
                .query(String.class)
                .single();
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void progress(String line) {
        PrintStream out = System.out;
        out.println("[peak-day benchmark] " + line);
    }
}
