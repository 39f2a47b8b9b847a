package org.gamescloud.travel.internal.raptor;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.gamescloud.travel.internal.gtfs.GtfsFeed;
import org.gamescloud.travel.internal.gtfs.GtfsFeedReader;
import org.gamescloud.travel.internal.gtfs.GtfsFiles;
import org.gamescloud.travel.internal.timetable.Timetable;
import org.gamescloud.travel.internal.timetable.TimetableBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * RAPTOR on a real-sized feed (docs/benchmarks.md): timetable build time and heap, 10,000 random stop-to-stop
 * queries (mean, p50, p99), range queries over 60 minutes, and the brute-force Connection Scan baseline on a sample
 * of the same queries, reported as a ratio. {@code -Dbench.feed=<zip or folder>} and {@code -Dbench.date=YYYY-MM-DD}
 * choose the feed and its service day (default: the Halifax Transit test feed on Wednesday 2025-09-24).
 */
@Tag("benchmark")
class RaptorBenchmark {

    private static final int QUERIES = Integer.getInteger("bench.queries", 10_000);
    private static final int RANGE_QUERIES = 200;
    private static final int BASELINE_QUERIES = 100;

    @Test
    void measuresRaptorAgainstTheTargets() {
        Path feedPath = Path.of(System.getProperty("bench.feed", "src/test/resources/gtfs/halifax-transit"));
        LocalDate day = LocalDate.parse(System.getProperty("bench.date", "2025-09-24"));

        long readStart = System.nanoTime();
        GtfsFeed feed = GtfsFeedReader.read("bench", GtfsFiles.from(feedPath));
        double readSeconds = (System.nanoTime() - readStart) / 1e9;
        long heapBefore = usedHeap();
        long buildStart = System.nanoTime();
        Timetable timetable = TimetableBuilder.build(List.of(feed), day);
        double buildSeconds = (System.nanoTime() - buildStart) / 1e9;
        long heapTimetable = usedHeap() - heapBefore;

        Raptor raptor = new Raptor(timetable);
        List<RaptorRequest> queries = queries(timetable, QUERIES, 0);
        for (int i = 0; i < 500; i++) {
            raptor.route(queries.get(i));
        }
        double[] single = new double[QUERIES];
        int found = 0;
        for (int i = 0; i < QUERIES; i++) {
            long start = System.nanoTime();
            found += raptor.route(queries.get(i)).isEmpty() ? 0 : 1;
            single[i] = (System.nanoTime() - start) / 1e6;
        }
        List<RaptorRequest> ranges = queries(timetable, RANGE_QUERIES, 3600);
        double[] range = new double[RANGE_QUERIES];
        for (int i = 0; i < RANGE_QUERIES; i++) {
            long start = System.nanoTime();
            raptor.route(ranges.get(i));
            range[i] = (System.nanoTime() - start) / 1e6;
        }
        ConnectionScanOracle baseline = new ConnectionScanOracle(timetable);
        double raptorSample = 0;
        double baselineSample = 0;
        for (int i = 0; i < BASELINE_QUERIES; i++) {
            RaptorRequest query = queries.get(i);
            long start = System.nanoTime();
            int[] fast = raptor.earliestArrivals(query);
            raptorSample += System.nanoTime() - start;
            start = System.nanoTime();
            int[] slow = baseline.earliestArrivals(query);
            baselineSample += System.nanoTime() - start;
            assertThat(fast).containsExactly(slow);
        }

        String report = """
                RAPTOR benchmark: feed %s, service day %s
                  feed: %,d stops, %,d routes, %,d trips, %,d stop times (read %.1f s)
                  timetable: %,d stops, %,d patterns, %,d trips that day; build %.2f s, heap ~%,d MB
                  %,d queries (%,d with a journey): mean %.2f ms, p50 %.2f ms, p99 %.2f ms
                  range 60 min (%d queries): mean %.1f ms, p50 %.1f ms, p99 %.1f ms
                  baseline Connection Scan per transfer count, %d queries: RAPTOR %.2f ms vs %.1f ms each, %.0fx faster
                  load average %s
                """.formatted(
                        feedPath,
                        day,
                        feed.stops().size(),
                        feed.routes().size(),
                        feed.trips().size(),
                        feed.stopTimeCount(),
                        readSeconds,
                        timetable.stopCount(),
                        timetable.patternCount(),
                        timetable.tripCount(),
                        buildSeconds,
                        heapTimetable / 1_000_000,
                        QUERIES,
                        found,
                        mean(single),
                        percentile(single, 50),
                        percentile(single, 99),
                        RANGE_QUERIES,
                        mean(range),
                        percentile(range, 50),
                        percentile(range, 99),
                        BASELINE_QUERIES,
                        raptorSample / BASELINE_QUERIES / 1e6,
                        baselineSample / BASELINE_QUERIES / 1e6,
                        baselineSample / raptorSample,
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("\n" + report);
        assertThat(found).isPositive();
    }

    /** Random stop-to-stop queries between stops that have service, departing 07:00-20:00. */
    private static List<RaptorRequest> queries(Timetable timetable, int count, int window_s) {
        Random random = new Random(42 + window_s);
        List<Integer> served = new ArrayList<>();
        for (int stop = 0; stop < timetable.stopCount(); stop++) {
            if (timetable.patternsAt(stop).length > 0) {
                served.add(stop);
            }
        }
        List<RaptorRequest> queries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int from = served.get(random.nextInt(served.size()));
            int to = served.get(random.nextInt(served.size()));
            queries.add(new RaptorRequest(
                    7 * 3600 + random.nextInt(13 * 3600),
                    window_s,
                    List.of(new AccessEgress(from, 0)),
                    List.of(new AccessEgress(to, 0)),
                    RaptorRequest.MAX_TRANSFERS,
                    false));
        }
        return queries;
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(0);
    }

    private static double percentile(double[] values, int percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }
}
