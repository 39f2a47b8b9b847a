package org.gamescloud.ticketing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.gamescloud.ticketing.TicketingFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.ErrorResponseException;

/**
 * The flash-sale storm (docs/benchmarks.md, "Ticketing"): 64 clients buy real-name tickets for one 80,000-seat session
 * through {@link Purchases} (the service the API calls: validation, ID hashing, seat claims, Ed25519 QR signing,
 * simulated payment, one group commit per batch of paid orders) or through the API ({@link TicketingHttpBenchmark})
 * until it is sold out, in orders of 2 and then of 1 ticket; then the invariants; then, on the same database and
 * pool, the naive baseline: one hot stock row decremented conditionally plus an insert per ticket, one transaction per
 * purchase. Each row also gives the CPU time per purchase of this JVM and of the database server ({@link CpuMeter}).
 */
abstract class TicketingStorm {

    static final int CLIENTS = 64;
    static final int CAPACITY = 80_000;
    static final int PER_ORDER = 2;
    static final int BASELINE_SECONDS = 10;
    static final int IDLE_SECONDS = 5;
    static final int WARM_UP_TICKETS = 40_000;

    @Autowired
    Purchases purchases;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    SaleListing listing;

    @Autowired
    SaleCatalog catalog;

    @Autowired
    Inventories inventories;

    @Autowired
    org.gamescloud.platform.GamesClock clock;

    record Storm(
            int orders,
            int tickets,
            double seconds,
            double p50Millis,
            double p99Millis,
            double[] cpuSeconds,
            List<double[]> soldOverTime) {}

    /** Purchases per second, and CPU milliseconds per purchase (JVM, database). */
    record Baseline(double perSecond, double[] cpuMillis) {}

    private CpuMeter meter() {
        return new CpuMeter(
                jdbc.sql("SELECT pg_backend_pid()").query(Long.class).single());
    }

    private static double[] since(double[] before, double[] after) {
        return new double[] {after[0] - before[0], after[1] - before[1]};
    }

    String runStorm(String database, int... perOrders) throws Exception {
        jdbc.sql("INSERT INTO venue (code, name_en, city, capacity, disciplines)"
                        + " VALUES ('BENCH-STA', 'Benchmark Stadium', 'Hangzhou', :capacity, '{ATH}')"
                        + " ON CONFLICT (code) DO NOTHING")
                .param("capacity", CAPACITY)
                .update();
        // JIT warm-up, not measured: half a stadium with each order size. With 6,000 seats only, the C2 compiler was
        // still busy during the whole first measured storm (JFR, session 4) and billed to it
        for (int perOrder : perOrders) {
            storm(newSession(), perOrder, WARM_UP_TICKETS);
        }
        CpuMeter meter = meter();
        double[] idleBefore = meter.seconds();
        Thread.sleep(IDLE_SECONDS * 1000L);
        double[] idle = since(idleBefore, meter.seconds());
        System.out.printf(
                Locale.ROOT,
                "Idle application: %.1f ms/s JVM + %.1f ms/s database CPU (background work)%n",
                idle[0] * 1000 / IDLE_SECONDS,
                idle[1] * 1000 / IDLE_SECONDS);
        StringBuilder rows = new StringBuilder();
        SellOutCurve picture = new SellOutCurve();
        for (int perOrder : perOrders) {
            rows.append(sellOut(database, perOrder, picture));
        }
        picture.writeTo(
                Path.of("target/benchmarks/" + getClass().getSimpleName() + "-sellout.svg"),
                "80,000 seats on sale: " + database);
        Path file = Path.of("target/benchmarks/ticketing.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, rows, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        return rows.toString();
    }

    /** Sells a new session out with orders of {@code perOrder} tickets, checks the invariants, runs the baseline. */
    private String sellOut(String database, int perOrder, SellOutCurve picture) throws Exception {
        String session = newSession();
        Storm storm = storm(session, perOrder, Integer.MAX_VALUE);
        int valid = count("SELECT count(*) FROM ticket WHERE session_code = :s AND state = 'VALID'", session);
        int seats = count(
                "SELECT count(DISTINCT seat_no) FROM ticket WHERE session_code = :s AND state = 'VALID'", session);
        int ids = count(
                "SELECT count(DISTINCT holder_hash) FROM ticket WHERE session_code = :s AND state = 'VALID'", session);
        int held = count("SELECT count(*) FROM ticket WHERE session_code = :s AND state = 'HELD'", session);
        int available = available(session);
        Baseline baseline = baseline(perOrder);
        picture.add(perOrder + " per order", storm.soldOverTime());
        picture.addSteadyRate(
                "naive hot row, " + perOrder + " per order (its rate in this run)",
                baseline.perSecond() * perOrder,
                CAPACITY);
        double ordersPerSecond = storm.orders() / storm.seconds();
        double jvmMillis = storm.cpuSeconds()[0] * 1000 / storm.orders();
        double databaseMillis = storm.cpuSeconds()[1] * 1000 / storm.orders();
        String load = Files.readString(Path.of("/proc/loadavg")).trim();
        String row = String.format(
                Locale.ROOT,
                "| %s | %d per order | %,d orders / %,d tickets in %.2f s | %,.0f orders/s (%,.0f tickets/s) |"
                        + " %.1f / %.1f ms | %.3f + %.3f ms | %,.0f purchases/s (%.3f + %.3f ms) | %.1fx |"
                        + " sold %,d + available %,d = %,d; seats sold twice %d; IDs twice %d; held left %d | %s |%n",
                database,
                perOrder,
                storm.orders(),
                storm.tickets(),
                storm.seconds(),
                ordersPerSecond,
                storm.tickets() / storm.seconds(),
                storm.p50Millis(),
                storm.p99Millis(),
                jvmMillis,
                databaseMillis,
                baseline.perSecond(),
                baseline.cpuMillis()[0],
                baseline.cpuMillis()[1],
                ordersPerSecond / baseline.perSecond(),
                valid,
                available,
                valid + available,
                valid - seats,
                valid - ids,
                held,
                load);
        System.out.print(row);
        assertThat(valid).isEqualTo(storm.tickets()).isEqualTo(CAPACITY);
        assertThat(valid + available).isEqualTo(CAPACITY);
        assertThat(seats).isEqualTo(valid);
        assertThat(ids).isEqualTo(valid);
        assertThat(held).isZero();
        return row;
    }

    private int available(String session) {
        return listing.list(clock.now(), new SaleListing.Filter(null, null, null)).stream()
                .filter(l -> l.session().code().equals(session))
                .flatMap(l -> l.categories().stream())
                .mapToInt(SaleListing.ListedCategory::available)
                .sum();
    }

    /** Seats not claimed in this node's inventory: what a buyer can still get. */
    private int freeSeats(String session) {
        SaleSession sale = catalog.find(session).orElseThrow();
        SeatInventory inventory = inventories.of(sale);
        return sale.categories().stream()
                .mapToInt(category -> inventory.available(category.seats()))
                .sum();
    }

    private String newSession() {
        String code = "BENCH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        jdbc.sql("INSERT INTO competition_session (code, venue_code, start_time, end_time, name_en)"
                        + " VALUES (:code, 'BENCH-STA', '2023-10-01T19:00:00+08:00', '2023-10-01T22:00:00+08:00',"
                        + " 'Flash sale')")
                .param("code", code)
                .update();
        return code;
    }

    /** 64 clients, each buying orders in a rotating category until every category is sold out (or {@code limit}). */
    private Storm storm(String session, int perOrder, int limit) throws InterruptedException {
        AtomicBoolean[] soldOut = new AtomicBoolean[4];
        Arrays.setAll(soldOut, i -> new AtomicBoolean());
        AtomicInteger orders = new AtomicInteger();
        AtomicInteger tickets = new AtomicInteger();
        AtomicLong finished = new AtomicLong();
        AtomicInteger inFlight = new AtomicInteger();
        long[][] latencies = new long[CLIENTS][];
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> clients = new ArrayList<>();
        Buyer buyer = buyer();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                long[] mine = new long[CAPACITY];
                int n = 0;
                int attempt = 0;
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                long giveUpAt = System.nanoTime() + 600_000_000_000L;
                while (orders.get() < limit / perOrder && System.nanoTime() < giveUpAt) {
                    int category = pickCategory(soldOut, client + attempt);
                    if (category < 0) {
                        // a refused order (an ID already sold, say) gives its seats back after others saw "sold out":
                        // done only when no seat is free and no order is still being written
                        if (freeSeats(session) > 0) {
                            Arrays.stream(soldOut).forEach(flag -> flag.set(false));
                        } else if (inFlight.get() == 0) {
                            break;
                        } else {
                            LockSupport.parkNanos(1_000_000);
                        }
                        continue;
                    }
                    OrderRequest request = new OrderRequest(
                            session, String.valueOf("ABCD".charAt(category)), perOrder, holders(perOrder), null);
                    long began = System.nanoTime();
                    inFlight.incrementAndGet();
                    int bought;
                    try {
                        bought = buyer.buy(client, attempt, request);
                    } finally {
                        inFlight.decrementAndGet();
                    }
                    if (bought > 0) {
                        mine[n++] = System.nanoTime() - began;
                        orders.incrementAndGet();
                        tickets.addAndGet(bought);
                    } else if (bought == SOLD_OUT) {
                        soldOut[category].set(true);
                    }
                    attempt++;
                }
                latencies[client] = Arrays.copyOf(mine, n);
                finished.accumulateAndGet(System.nanoTime(), Math::max);
            });
            clients.add(thread);
            thread.start();
        }
        CpuMeter meter = meter();
        double[] cpuBefore = meter.seconds();
        long began = System.nanoTime();
        SellOutCurve.Sampler curve = SellOutCurve.sample(tickets::get);
        start.countDown();
        for (Thread thread : clients) {
            thread.join();
        }
        double[] cpu = since(cpuBefore, meter.seconds());
        List<double[]> soldOverTime = curve.stop();
        long[] all =
                Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        return new Storm(
                orders.get(),
                tickets.get(),
                (finished.get() - began) / 1e9,
                all[all.length / 2] / 1e6,
                all[(int) (all.length * 0.99)] / 1e6,
                cpu,
                soldOverTime);
    }

    /** Real-name holders, new each time: one CN_ID, then passports. */
    static List<OrderRequest.Holder> holders(int count) {
        List<OrderRequest.Holder> holders = new ArrayList<>();
        holders.add(new OrderRequest.Holder("Li Lei", "CN_ID", TicketingFixture.chineseId()));
        for (int i = 1; i < count; i++) {
            holders.add(new OrderRequest.Holder("Han Meimei", "PASSPORT", TicketingFixture.passport()));
        }
        return holders;
    }

    /** How the storm's clients buy: the service the API calls, or the API itself. */
    interface Buyer {
        /**
         * @return the tickets bought, {@link #SOLD_OUT} when the category is sold out, or {@link #REFUSED}
         */
        int buy(int client, int attempt, OrderRequest request);
    }

    static final int SOLD_OUT = 0;
    static final int REFUSED = -1;

    /** The storm's clients call {@link Purchases} directly, each account buying three orders. */
    Buyer buyer() {
        return (client, attempt, request) -> {
            String account = "storm-" + request.session() + "-" + client + "-" + attempt / 3;
            try {
                return purchases
                        .purchase(account, "k" + attempt, request)
                        .tickets()
                        .size();
            } catch (ErrorResponseException e) {
                boolean soldOut = e.getStatusCode().value() == 409
                        && e.getBody().getDetail() != null
                        && e.getBody().getDetail().startsWith("Sold out");
                return soldOut ? SOLD_OUT : REFUSED;
            }
        };
    }

    static int pickCategory(AtomicBoolean[] soldOut, int seed) {
        for (int i = 0; i < 4; i++) {
            int category = Math.floorMod(seed + i, 4);
            if (!soldOut[category].get()) {
                return category;
            }
        }
        return -1;
    }

    /** The naive design: every purchase decrements one stock row (if enough is left) and inserts its tickets. */
    private Baseline baseline(int perOrder) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("DROP TABLE IF EXISTS naive_stock, naive_ticket");
            connection.createStatement().execute("CREATE TABLE naive_stock (session text PRIMARY KEY, available int)");
            connection
                    .createStatement()
                    .execute("CREATE TABLE naive_ticket (id uuid PRIMARY KEY, session text,"
                            + " holder text, UNIQUE (session, holder))");
            connection.createStatement().execute("INSERT INTO naive_stock VALUES ('S', 10000000)");
        }
        AtomicInteger purchases = new AtomicInteger();
        CpuMeter meter = meter();
        double[] cpuBefore = meter.seconds();
        long deadline = System.nanoTime() + BASELINE_SECONDS * 1_000_000_000L;
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    try (Connection connection = dataSource.getConnection()) {
                        connection.setAutoCommit(false);
                        try (PreparedStatement decrement = connection.prepareStatement(
                                        "UPDATE naive_stock SET available = available - ? WHERE session = 'S'"
                                                + " AND available >= ?");
                                PreparedStatement insert =
                                        connection.prepareStatement("INSERT INTO naive_ticket VALUES (?, 'S', ?)")) {
                            decrement.setInt(1, perOrder);
                            decrement.setInt(2, perOrder);
                            if (decrement.executeUpdate() == 1) {
                                for (int t = 0; t < perOrder; t++) {
                                    insert.setObject(1, UUID.randomUUID());
                                    insert.setString(2, UUID.randomUUID().toString());
                                    insert.executeUpdate();
                                }
                            }
                        }
                        connection.commit();
                        purchases.incrementAndGet();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            clients.add(thread);
            thread.start();
        }
        for (Thread thread : clients) {
            thread.join();
        }
        double[] cpu = since(cpuBefore, meter.seconds());
        int done = purchases.get();
        return new Baseline(
                done / (double) BASELINE_SECONDS, new double[] {cpu[0] * 1000 / done, cpu[1] * 1000 / done});
    }

    int count(String sql, String session) {
        return jdbc.sql(sql).param("s", session).query(Integer.class).single();
    }
}
