package org.gamescloud.live;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gamescloud.BenchmarkChart;

/**
 * The subscriber side of {@link LiveLatencyBenchmark}, in a process of its own (each process may open at most 20,000
 * files here, and 10,000 streams need 10,000 sockets on each side). Opens the streams ({@link SseStreams}: two
 * selector threads over plain sockets), then reads commands on stdin: {@code S <unitIndex> <revision> <nanoTime>}
 * when a result is sent, {@code REPORT <expected deliveries>} at the end; answers {@code CONNECTED <n>} and
 * {@code RESULT <deliveries> <p50 ms> <p99 ms> <max ms> <first p50 ms> <first p99 ms> <troubles>} on stdout, where
 * "first" is the latency to the first subscriber that got an update (the ingest and publish path without the
 * fan-out). Both processes read {@link System#nanoTime()}, the same monotonic clock on one Linux machine.
 *
 * <p>Arguments: port, subscribers, {@code unit} (each stream filtered to one unit, round robin) or {@code all}, units.
 */
public final class LiveLoadClient {

    private static final int READER_THREADS = 2;

    private final Map<String, Integer> unitIndex = new HashMap<>();
    private long[] keys = new long[1 << 16];
    private long[] times_ns = new long[1 << 16];
    private int received;
    private int counted;
    private int measured;

    public static void main(String[] args) throws Exception {
        new LiveLoadClient().run(args);
    }

    private void run(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int subscribers = Integer.parseInt(args[1]);
        boolean byUnit = args[2].equals("unit");
        List<String> units = Arrays.asList(args).subList(3, args.length);
        for (int i = 0; i < units.size(); i++) {
            unitIndex.put(units.get(i), i);
        }
        SseStreams streams = new SseStreams(READER_THREADS, this::delivered, unit -> unitIndex.getOrDefault(unit, -1));
        for (int i = 0; i < subscribers; i++) {
            streams.open(port, "/api/live" + (byUnit ? "?unit=" + units.get(i % units.size()) : ""));
        }
        streams.awaitOpened();
        System.out.println("CONNECTED " + streams.connected());
        System.out.flush();

        Map<Long, Long> sent = new HashMap<>();
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = commands.readLine()) != null) {
            String[] parts = line.split(" ");
            if (parts[0].equals("S")) {
                sent.put(key(Integer.parseInt(parts[1]), Integer.parseInt(parts[2])), Long.parseLong(parts[3]));
            } else if (parts[0].equals("REPORT")) {
                long expected = Long.parseLong(parts[1]);
                long deadline = System.nanoTime() + 20_000_000_000L;
                while (countReceived(sent) < expected && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                report(sent, streams.troubles());
                sent.clear();
            } else if (parts[0].equals("QUIT")) {
                System.exit(0);
            }
        }
        System.exit(0);
    }

    private synchronized void delivered(int unit, int revision, long at_ns) {
        if (received == keys.length) {
            keys = Arrays.copyOf(keys, received * 2);
            times_ns = Arrays.copyOf(times_ns, received * 2);
        }
        keys[received] = key(unit, revision);
        times_ns[received++] = at_ns;
    }

    /** Deliveries of updates sent for measurement (not those of the warm-up before). */
    private synchronized int countReceived(Map<Long, Long> sent) {
        for (; counted < received; counted++) {
            if (sent.containsKey(keys[counted])) {
                measured++;
            }
        }
        return measured;
    }

    private synchronized void report(Map<Long, Long> sent, String troubles) {
        long[] latencies_us = new long[received];
        Map<Long, Long> first_us = new HashMap<>();
        int n = 0;
        for (int i = 0; i < received; i++) {
            Long at = sent.get(keys[i]);
            if (at != null) {
                long latency_us = (times_ns[i] - at) / 1_000;
                latencies_us[n++] = latency_us;
                first_us.merge(keys[i], latency_us, Math::min);
            }
        }
        printBySecond(sent);
        received = 0;
        counted = 0;
        measured = 0;
        if (n == 0) {
            System.out.println("RESULT 0 0 0 0 0 0 " + troubles);
        } else {
            long[] sorted = Arrays.copyOf(latencies_us, n);
            Arrays.sort(sorted);
            StringBuilder curve = new StringBuilder("CURVE");
            for (double[] point : BenchmarkChart.percentiles(
                    Arrays.stream(sorted).mapToDouble(us -> us / 1000.0).toArray())) {
                curve.append(String.format(Locale.ROOT, " %s:%.1f", point[0], point[1]));
            }
            System.out.println(curve);
            long[] firsts = first_us.values().stream()
                    .mapToLong(Long::longValue)
                    .sorted()
                    .toArray();
            System.out.printf(
                    "RESULT %d %.1f %.1f %.1f %.1f %.1f %s%n",
                    n,
                    percentile(sorted, 0.50),
                    percentile(sorted, 0.99),
                    sorted[n - 1] / 1000.0,
                    percentile(firsts, 0.50),
                    percentile(firsts, 0.99),
                    troubles);
        }
        System.out.flush();
    }

    /** On stderr: the median latency of the updates sent in each second, to tell a backlog from noise. */
    private void printBySecond(Map<Long, Long> sent) {
        long start_ns = sent.values().stream().mapToLong(Long::longValue).min().orElse(0);
        Map<Long, List<Long>> bySecond = new java.util.TreeMap<>();
        for (int i = 0; i < received; i++) {
            Long at = sent.get(keys[i]);
            if (at != null) {
                bySecond.computeIfAbsent((at - start_ns) / 1_000_000_000L, second -> new java.util.ArrayList<>())
                        .add((times_ns[i] - at) / 1_000);
            }
        }
        StringBuilder line = new StringBuilder("median latency (ms) of the updates sent in second 0, 1, ...:");
        bySecond.values().forEach(latencies_us -> {
            latencies_us.sort(null);
            line.append(' ').append(latencies_us.get(latencies_us.size() / 2) / 1000);
        });
        System.err.println(line);
    }

    private static double percentile(long[] sorted_us, double p) {
        return sorted_us[Math.min(sorted_us.length - 1, (int) (sorted_us.length * p))] / 1000.0;
    }

    private static long key(int unit, int revision) {
        return unit * 10_000_000L + revision;
    }
}
