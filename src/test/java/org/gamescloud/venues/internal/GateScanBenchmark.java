package org.gamescloud.venues.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.gamescloud.GamesIntegrationTest;
import org.gamescloud.TestUsers;
import org.gamescloud.platform.GamesClock;
import org.gamescloud.ticketing.internal.CpuMeter;
import org.gamescloud.ticketing.internal.StadiumSale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gate scans at stadium scale (docs/benchmarks.md, "Session 4 — gate scans"): an 80,000-seat session is sold out
 * through ticketing's flash-sale path (real tickets, real Ed25519-signed QR payloads), then {@value #GATES} gates, each
 * with a bearer token of its own GATE user, scan every ticket once through {@code POST /api/gates/scan} over real
 * HTTP, plus re-scans of 2 % of the tickets at another gate (double-entry attempts, racing the first scan) and 1 %
 * forged payloads (a genuine one with a payload byte flipped). Then the invariants, then the baseline: the same scans,
 * in the same order, as the naive gate server would do them on the same durable database, one connection, one
 * conditional {@code UPDATE ... WHERE state = 'VALID'} per scan, no signature, no HTTP. Run:
 *
 * <pre>mvn -q test -Dtest=GateScanBenchmark -Dtest.excludedGroups=demo -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@Tag("benchmark")
@GamesIntegrationTest
@TestPropertySource(properties = "games.embedded-postgres.durable=true")
class GateScanBenchmark {

    static final int GATES = 32;
    static final int CAPACITY = 80_000;
    static final double RESCAN_SHARE = 0.02;
    static final double FORGED_SHARE = 0.01;
    static final String VENUE = "BENCH-GATES";
    static final String WARM_UP_VENUE = "BENCH-GATES-W";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    enum Kind {
        FIRST,
        RESCAN,
        FORGED
    }

    record Scan(String ticketId, String qr, Kind kind) {}

    record Run(String[][] reasons, String[][] ticketIds, long[] latencies, double seconds, double[] cpuSeconds) {}

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    RestTestClient client;

    @Autowired
    GamesClock clock;

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void scansASoldOutStadiumThroughThirtyTwoGates() throws Exception {
        venue(WARM_UP_VENUE, 4_000);
        venue(VENUE, CAPACITY);
        List<String> tokens = new ArrayList<>();
        for (int g = 0; g < GATES; g++) {
            tokens.add(gateToken());
        }
        String warmUp = soldOutSession(WARM_UP_VENUE);
        scan(WARM_UP_VENUE, plan(warmUp, new Random(7)), tokens);

        String session = soldOutSession(VENUE);
        List<Scan>[] plan = plan(session, new Random(42));
        Run run = scan(VENUE, plan, tokens);
        Map<String, Integer> reasons = new HashMap<>();
        Map<String, Integer> admissions = new HashMap<>();
        int firsts = 0;
        int rescans = 0;
        int forged = 0;
        for (int g = 0; g < GATES; g++) {
            for (int i = 0; i < plan[g].size(); i++) {
                Scan scan = plan[g].get(i);
                String reason = run.reasons()[g][i];
                reasons.merge(reason, 1, Integer::sum);
                if ("ADMITTED".equals(reason)) {
                    admissions.merge(run.ticketIds()[g][i], 1, Integer::sum);
                }
                switch (scan.kind()) {
                    case FIRST -> firsts++;
                    case RESCAN -> rescans++;
                    case FORGED -> forged++;
                }
            }
        }
        int inside = jdbc.sql("SELECT count(*) FROM ticket_presence WHERE session_code = :s AND inside")
                .param("s", session)
                .query(Integer.class)
                .single();
        int occupancy = occupancy(session);
        double[] baseline = baseline(plan);

        int scans = run.latencies().length;
        long[] sorted = run.latencies().clone();
        Arrays.sort(sorted);
        String row = String.format(
                Locale.ROOT,
                "| %d gates, HTTP + bearer token | %,d scans (%,d first, %,d re-scans, %,d forged) in %.2f s |"
                        + " %,.0f scans/s | %.1f / %.1f / %.1f ms | %.3f + %.3f ms |"
                        + " %,.0f scans/s (%.3f + %.3f ms) | %.2fx |"
                        + " admitted %,d = tickets %,d, %d admitted twice; already inside %,d = re-scans; forged %,d;"
                        + " other %d; inside %,d, occupancy API %,d | %s |%n",
                GATES,
                scans,
                firsts,
                rescans,
                forged,
                run.seconds(),
                scans / run.seconds(),
                sorted[scans / 2] / 1e6,
                sorted[(int) (scans * 0.99)] / 1e6,
                sorted[scans - 1] / 1e6,
                run.cpuSeconds()[0] * 1000 / scans,
                run.cpuSeconds()[1] * 1000 / scans,
                baseline[0],
                baseline[1],
                baseline[2],
                scans / run.seconds() / baseline[0],
                reasons.getOrDefault("ADMITTED", 0),
                firsts,
                admissions.values().stream().filter(n -> n > 1).count(),
                reasons.getOrDefault("ALREADY_INSIDE", 0),
                reasons.getOrDefault("FORGED", 0),
                scans
                        - reasons.getOrDefault("ADMITTED", 0)
                        - reasons.getOrDefault("ALREADY_INSIDE", 0)
                        - reasons.getOrDefault("FORGED", 0),
                inside,
                occupancy,
                Files.readString(Path.of("/proc/loadavg")).trim());
        System.out.print(row);
        Path file = Path.of("target/benchmarks/gates.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, row, StandardOpenOption.CREATE, StandardOpenOption.APPEND);

        assertThat(admissions)
                .hasSize(firsts)
                .allSatisfy((ticket, n) -> assertThat(n).isOne());
        assertThat(reasons.get("ALREADY_INSIDE")).isEqualTo(rescans);
        assertThat(reasons.get("FORGED")).isEqualTo(forged);
        assertThat(reasons.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(firsts + rescans + forged);
        assertThat(inside).isEqualTo(firsts);
        assertThat(occupancy).isEqualTo(firsts);
    }

    private void venue(String venue, int capacity) {
        jdbc.sql("INSERT INTO venue (code, name_en, city, capacity, disciplines)"
                        + " VALUES (:code, 'Gate benchmark stadium', 'Hangzhou', :capacity, '{ATH}')"
                        + " ON CONFLICT (code) DO NOTHING")
                .param("code", venue)
                .param("capacity", capacity)
                .update();
    }

    /** A new session at the venue, admitting now (it starts in an hour), sold out; returns its code. */
    private String soldOutSession(String venue) throws InterruptedException {
        String session = "BGATE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        jdbc.sql("INSERT INTO competition_session (code, venue_code, start_time, end_time, name_en)"
                        + " VALUES (:code, :venue, :start, :end, 'Gate benchmark')")
                .param("code", session)
                .param("venue", venue)
                .param("start", clock.now().plusHours(1))
                .param("end", clock.now().plusHours(4))
                .update();
        long began = System.nanoTime();
        int sold = StadiumSale.sellOut(context, session, 64);
        System.out.printf(
                Locale.ROOT, "Sold %,d tickets of %s in %.1f s%n", sold, session, (System.nanoTime() - began) / 1e9);
        return session;
    }

    /**
     * Every ticket once at a random gate, 2 % again at another gate, 1 % forged at a random gate; each gate's queue
     * shuffled, so a re-scan may come before the ticket's first scan (then the first is the one refused).
     */
    @SuppressWarnings("unchecked")
    private List<Scan>[] plan(String session, Random random) {
        List<Scan>[] gates = new List[GATES];
        Arrays.setAll(gates, g -> new ArrayList<>());
        jdbc.sql("SELECT id::text, qr FROM ticket WHERE session_code = :s AND state = 'VALID'")
                .param("s", session)
                .query((rs, row) -> new Scan(rs.getString(1), rs.getString(2), Kind.FIRST))
                .list()
                .forEach(ticket -> {
                    int gate = random.nextInt(GATES);
                    gates[gate].add(ticket);
                    if (random.nextDouble() < RESCAN_SHARE) {
                        gates[(gate + 1 + random.nextInt(GATES - 1)) % GATES].add(
                                new Scan(ticket.ticketId(), ticket.qr(), Kind.RESCAN));
                    }
                    if (random.nextDouble() < FORGED_SHARE) {
                        gates[random.nextInt(GATES)].add(
                                new Scan("forged-" + ticket.ticketId(), forged(ticket.qr()), Kind.FORGED));
                    }
                });
        for (List<Scan> gate : gates) {
            java.util.Collections.shuffle(gate, random);
        }
        return gates;
    }

    /** The genuine payload with one bit of one byte changed, its signature kept. */
    private static String forged(String qr) {
        String[] parts = qr.split("\\.");
        byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
        payload[payload.length / 2] ^= 0x01;
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload) + "." + parts[2];
    }

    private Run scan(String venue, List<Scan>[] plan, List<String> tokens) throws Exception {
        String[][] reasons = new String[GATES][];
        String[][] ticketIds = new String[GATES][];
        long[][] latencies = new long[GATES][];
        AtomicLong finished = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> gates = new ArrayList<>();
        for (int g = 0; g < GATES; g++) {
            int gate = g;
            String gateId = venue + "/Gate " + g;
            Thread thread = new Thread(() -> {
                List<Scan> queue = plan[gate];
                reasons[gate] = new String[queue.size()];
                ticketIds[gate] = new String[queue.size()];
                latencies[gate] = new long[queue.size()];
                try {
                    start.await();
                    for (int i = 0; i < queue.size(); i++) {
                        long began = System.nanoTime();
                        JsonNode answer = post(tokens.get(gate), queue.get(i).qr(), gateId);
                        latencies[gate][i] = System.nanoTime() - began;
                        reasons[gate][i] = answer.path("reason").asString();
                        ticketIds[gate][i] = answer.path("ticketId").asString(null);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                finished.accumulateAndGet(System.nanoTime(), Math::max);
            });
            gates.add(thread);
            thread.start();
        }
        CpuMeter meter = meter();
        double[] cpuBefore = meter.seconds();
        long began = System.nanoTime();
        start.countDown();
        for (Thread thread : gates) {
            thread.join();
        }
        double[] cpuAfter = meter.seconds();
        return new Run(
                reasons,
                ticketIds,
                Arrays.stream(latencies).flatMapToLong(Arrays::stream).toArray(),
                (finished.get() - began) / 1e9,
                new double[] {cpuAfter[0] - cpuBefore[0], cpuAfter[1] - cpuBefore[1]});
    }

    private JsonNode post(String token, String qr, String gate) throws Exception {
        String body = JSON.writeValueAsString(Map.of("qr", qr, "gate", gate, "direction", "IN"));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/gates/scan"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("scan answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /**
     * The naive gate server: one connection, each scan one autocommitted conditional update of the ticket's row
     * (exactly-once admission by the row lock), no signature check, no scan log, no HTTP, in the benchmark's order.
     *
     * @return scans/s, and CPU milliseconds per scan of the JVM and the database
     */
    private double[] baseline(List<Scan>[] plan) throws Exception {
        List<Scan> all = new ArrayList<>();
        for (int i = 0, more = 1; more > 0; i++) {
            more = 0;
            for (List<Scan> gate : plan) {
                if (i < gate.size()) {
                    all.add(gate.get(i));
                    more++;
                }
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            connection.createStatement().execute("DROP TABLE IF EXISTS naive_gate_ticket");
            connection
                    .createStatement()
                    .execute("CREATE TABLE naive_gate_ticket (ticket_id text PRIMARY KEY, state text NOT NULL,"
                            + " gate text, used_at timestamptz)");
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO naive_gate_ticket (ticket_id, state) SELECT unnest(?::text[]), 'VALID'")) {
                insert.setArray(
                        1,
                        connection.createArrayOf(
                                "text",
                                all.stream()
                                        .filter(scan -> scan.kind() == Kind.FIRST)
                                        .map(Scan::ticketId)
                                        .toArray()));
                insert.execute();
            }
            CpuMeter meter = meter();
            double[] cpuBefore = meter.seconds();
            long began = System.nanoTime();
            int admitted = 0;
            try (PreparedStatement use = connection.prepareStatement("UPDATE naive_gate_ticket SET state = 'USED',"
                    + " gate = 'naive', used_at = now() WHERE ticket_id = ? AND state = 'VALID'")) {
                for (Scan scan : all) {
                    use.setString(1, scan.ticketId());
                    admitted += use.executeUpdate();
                }
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            double[] cpuAfter = meter.seconds();
            assertThat(admitted)
                    .isEqualTo(all.stream()
                            .filter(scan -> scan.kind() == Kind.FIRST)
                            .count());
            return new double[] {
                all.size() / seconds,
                (cpuAfter[0] - cpuBefore[0]) * 1000 / all.size(),
                (cpuAfter[1] - cpuBefore[1]) * 1000 / all.size()
            };
        }
    }

    private int occupancy(String session) {
        String manager = TestUsers.create(client, List.of("VENUE_MANAGER"), List.of(VENUE));
        String answer = client.get()
                .uri("/api/venues/{venue}/occupancy", VENUE)
                .headers(headers -> headers.setBasicAuth(manager, "password123"))
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseBody();
        JsonNode occupancy = JSON.readTree(answer);
        System.out.println("Occupancy: " + answer);
        for (JsonNode s : occupancy.path("sessions")) {
            if (session.equals(s.path("code").asString())) {
                return s.path("inside").asInt();
            }
        }
        return -1;
    }

    private String gateToken() {
        String username = TestUsers.create(client, List.of("GATE"), List.of(VENUE, WARM_UP_VENUE));
        return JSON.readTree(client.post()
                        .uri("/api/auth/tokens")
                        .headers(headers -> headers.setBasicAuth(username, "password123"))
                        .exchange()
                        .expectStatus()
                        .isCreated()
                        .returnResult(String.class)
                        .getResponseBody())
                .path("token")
                .asString();
    }

    private CpuMeter meter() {
        return new CpuMeter(
                jdbc.sql("SELECT pg_backend_pid()").query(Long.class).single());
    }
}
