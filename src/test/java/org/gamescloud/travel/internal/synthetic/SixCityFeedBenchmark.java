package org.gamescloud.travel.internal.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The full six-city feed: the whole feed contract, London-like sizes, and generation time against a same-run baseline
 * (copying the generated files, i.e. the cost of the bytes alone). Excluded from {@code mvn verify}; run it with
 *
 * <pre>mvn -q test -Dtest=SixCityFeedBenchmark -Dtest.excludedGroups=demo -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * It prints a results table and writes it to {@code target/benchmarks/six-city-feed.md}.
 */
@Tag("benchmark")
class SixCityFeedBenchmark extends GeneratedFeedContract {

    static final int RUNS = 3;

    @Override
    FeedScale scale() {
        return FeedScale.FULL;
    }

    @Test
    void isAboutAsLargeAsLondon() {
        assertThat(summary.stops()).isBetween(15_000, 20_000);
        assertThat(summary.patterns()).as("RAPTOR routes (stop patterns)").isBetween(1_800, 2_600);
        assertThat(summary.routes()).isBetween(800, 2_200);
        assertThat(summary.tripsPerDay().values())
                .allSatisfy(trips -> assertThat(trips).isBetween(85_000, 125_000));
    }

    @Test
    void measuresGenerationTime() throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        StringBuilder table = new StringBuilder(
                "| run | wall (ms) | CPU (ms) | copy of the same files (ms) | ratio |\n" + "|---|---|---|---|---|\n");
        for (int run = 1; run <= RUNS; run++) {
            Path target = Files.createTempDirectory("six-city-bench");
            Path copy = Files.createTempDirectory("six-city-copy");
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            SixCityFeedGenerator.write(target, FeedScale.FULL, message -> {});
            long generation_ms = (System.nanoTime() - wall) / 1_000_000;
            long cpu_ms = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
            long copyStart = System.nanoTime();
            for (Path file : list(target)) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
            long copy_ms = Math.max(1, (System.nanoTime() - copyStart) / 1_000_000);
            table.append("| %d | %d | %d | %d | %.1f× |\n"
                    .formatted(run, generation_ms, cpu_ms, copy_ms, generation_ms / (double) copy_ms));
            delete(target);
            delete(copy);
        }
        Runtime runtime = Runtime.getRuntime();
        String report = String.format(
                Locale.ROOT,
                "## Six-city GTFS feed generation%n%n%s%n%n%s%nheap limit %d MB; load average %s%n",
                summary,
                table,
                runtime.maxMemory() >> 20,
                loadAverage());
        System.out.println(report);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/six-city-feed.md"), report);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return String.format(
                    Locale.ROOT,
                    "%.2f",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
