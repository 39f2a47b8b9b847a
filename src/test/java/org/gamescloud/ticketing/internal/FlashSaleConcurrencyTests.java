package org.gamescloud.ticketing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.gamescloud.GamesIntegrationTest;
import org.gamescloud.ticketing.TicketingFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.ErrorResponseException;

/** Many buyers at once against one 1,000-seat session, through the service the API calls. */
@GamesIntegrationTest
class FlashSaleConcurrencyTests {

    @org.junit.jupiter.api.BeforeEach
    void standOnSaleDay(@Autowired RestTestClient restClient) {
        TicketingFixture.standOnSaleDay(restClient);
    }

    @Autowired
    RestTestClient client;

    @Autowired
    Purchases purchases;

    @Autowired
    JdbcClient jdbc;

    @Test
    void sellsOutWithoutOversellingASeatOrAnIdOrTheAccountLimit() throws Exception {
        String session = TicketingFixture.createSession(client);
        String sharedId = TicketingFixture.chineseId();
        AtomicInteger sold = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<Callable<Void>> buyers = new ArrayList<>();
        for (int buyer = 0; buyer < 200; buyer++) {
            String account = "storm-" + session + "-" + buyer;
            buyers.add(() -> {
                for (int attempt = 0; attempt < 4; attempt++) {
                    String first = attempt == 0 ? sharedId : TicketingFixture.chineseId();
                    OrderRequest request = new OrderRequest(
                            session,
                            String.valueOf("ABCD".charAt((account.hashCode() & 0xff) % 4)),
                            2,
                            List.of(
                                    new OrderRequest.Holder("A", "CN_ID", first),
                                    new OrderRequest.Holder("B", "PASSPORT", TicketingFixture.passport())),
                            null);
                    try {
                        sold.addAndGet(purchases
                                .purchase(account, "key-" + attempt, request)
                                .tickets()
                                .size());
                    } catch (ErrorResponseException e) {
                        assertThat(e.getStatusCode().value()).isEqualTo(409);
                        refused.incrementAndGet();
                    }
                }
                return null;
            });
        }
        runAll(buyers, 48);

        int valid = count("SELECT count(*) FROM ticket WHERE session_code = :s AND state = 'VALID'", session);
        assertThat(valid).isEqualTo(sold.get()).isEqualTo(1000);
        assertThat(count(
                        "SELECT count(DISTINCT seat_no) FROM ticket WHERE session_code = :s AND state = 'VALID'",
                        session))
                .isEqualTo(1000);
        assertThat(count(
                        "SELECT count(DISTINCT holder_hash) FROM ticket WHERE session_code = :s AND state = 'VALID'",
                        session))
                .isEqualTo(1000);
        assertThat(count("SELECT count(*) FROM ticket WHERE session_code = :s AND state = 'HELD'", session))
                .isZero();
        assertThat(count(
                        "SELECT count(*) FROM (SELECT account FROM ticket WHERE session_code = :s AND state = 'VALID'"
                                + " GROUP BY account HAVING count(*) > 6) AS over_limit",
                        session))
                .isZero();
        assertThat(refused.get()).isGreaterThanOrEqualTo(200);
    }

    @Test
    void concurrentRetriesWithOneIdempotencyKeyBuyOnce() throws Exception {
        String session = TicketingFixture.createSession(client);
        OrderRequest request = new OrderRequest(
                session,
                "A",
                2,
                List.of(
                        new OrderRequest.Holder("Chen Jie", "CN_ID", TicketingFixture.chineseId()),
                        new OrderRequest.Holder("Chen Yu", "HKMO_PERMIT", "H12345678")),
                null);
        List<String> orderIds = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Callable<Void>> retries = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            retries.add(() -> {
                try {
                    orderIds.add(purchases
                            .purchase("retrier-" + session, "once", request)
                            .orderId());
                } catch (ErrorResponseException e) {
                    // a retry racing the first write may be asked to retry; it never buys
                    assertThat(e.getStatusCode().value()).isEqualTo(409);
                }
                return null;
            });
        }
        runAll(retries, 16);
        assertThat(orderIds).isNotEmpty();
        assertThat(orderIds.stream().distinct()).hasSize(1);
        assertThat(count("SELECT count(*) FROM ticket WHERE session_code = :s AND state = 'VALID'", session))
                .isEqualTo(2);
        assertThat(purchases.purchase("retrier-" + session, "once", request).orderId())
                .isEqualTo(orderIds.get(0));
    }

    static void runAll(List<Callable<Void>> tasks, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (Future<Void> done : pool.invokeAll(tasks)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    int count(String sql, String session) {
        return jdbc.sql(sql).param("s", session).query(Integer.class).single();
    }
}
