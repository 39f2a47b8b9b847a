package org.gamescloud.venues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gamescloud.venues.GatesFixture.HALL;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gamescloud.platform.GamesClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Offline gates syncing the same tickets at the same instant: one admission per ticket, every double entry reported. */
@GateIntegrationTest
class ConcurrentSyncTests {

    record Synced(List<GatesFixture.ScanResult> results, List<DoubleEntry> doubleEntries) {}

    record DoubleEntry(String ticketId, String firstGate, String secondGate) {}

    @Autowired
    RestTestClient client;

    @Autowired
    GamesClock clock;

    @Autowired
    TestTickets tickets;

    @Autowired
    JdbcClient jdbc;

    GatesFixture fixture;
    String gateUser;
    String session;
    ExecutorService pool;

    @BeforeEach
    void aSessionAdmittingForAnHourAlready() {
        fixture = new GatesFixture(client, clock, tickets, jdbc);
        gateUser = fixture.user("GATE", HALL);
        session = fixture.sessionAdmittingNow(HALL);
        pool = Executors.newFixedThreadPool(8);
    }

    @AfterEach
    void removeSessions() {
        pool.shutdownNow();
        fixture.removeSessions();
    }

    @Test
    void admitsOnceAndReportsOneDoubleEntryWhenTwoGatesSyncTheSameTicketAtOnce() throws Exception {
        for (int round = 0; round < 10; round++) {
            String qr = fixture.ticket(session, HALL);

            List<Synced> synced = allAtOnce(List.of(
                    () -> sync(HALL + "/North 1", List.of(fixture.offlineScan(qr, "IN", 10))),
                    () -> sync(HALL + "/South 1", List.of(fixture.offlineScan(qr, "IN", 5)))));

            List<String> reasons = new ArrayList<>();
            synced.forEach(s -> reasons.addAll(GatesFixture.reasons(s.results())));
            assertThat(reasons).containsExactlyInAnyOrder("ADMITTED", "ALREADY_INSIDE");
            assertThat(synced.stream().mapToInt(s -> s.doubleEntries().size()).sum())
                    .isOne();
            assertThat(storedDoubleEntries(List.of(tickets.ticketId(qr)))).isOne();
        }
    }

    @Test
    void admitsEachTicketOnceWhenEightGatesSyncBatchesOfTheSameTicketsInDifferentOrders() throws Exception {
        int gates = 8;
        List<String> qrs = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            qrs.add(fixture.ticket(session, HALL));
        }
        Random random = new Random(5);
        List<Callable<Synced>> syncs = new ArrayList<>();
        for (int g = 0; g < gates; g++) {
            List<Integer> minutesAgo = new ArrayList<>();
            for (int i = 0; i < qrs.size(); i++) {
                minutesAgo.add(1 + i);
            }
            Collections.shuffle(minutesAgo, random);
            List<Map<String, Object>> scans = new ArrayList<>();
            for (int i = 0; i < qrs.size(); i++) {
                scans.add(fixture.offlineScan(qrs.get(i), "IN", minutesAgo.get(i)));
            }
            String gate = HALL + "/Offline " + g;
            syncs.add(() -> sync(gate, scans));
        }

        List<Synced> synced = allAtOnce(syncs);

        Map<String, Integer> admissions = new HashMap<>();
        synced.forEach(s -> s.results().stream()
                .filter(GatesFixture.ScanResult::admitted)
                .forEach(r -> admissions.merge(r.ticketId(), 1, Integer::sum)));
        List<String> ticketIds = qrs.stream().map(tickets::ticketId).toList();
        assertThat(admissions)
                .containsOnlyKeys(ticketIds)
                .allSatisfy((ticket, n) -> assertThat(n).isOne());
        assertThat(synced.stream().mapToInt(s -> s.doubleEntries().size()).sum())
                .isEqualTo(qrs.size() * (gates - 1));
        assertThat(storedDoubleEntries(ticketIds)).isEqualTo(qrs.size() * (gates - 1));
    }

    private List<Synced> allAtOnce(List<Callable<Synced>> syncs) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Synced>> running = new ArrayList<>();
        for (Callable<Synced> sync : syncs) {
            running.add(pool.submit(() -> {
                start.await();
                return sync.call();
            }));
        }
        start.countDown();
        List<Synced> synced = new ArrayList<>();
        for (Future<Synced> sync : running) {
            synced.add(sync.get());
        }
        return synced;
    }

    private int storedDoubleEntries(List<String> ticketIds) {
        return jdbc.sql("SELECT count(*) FROM double_entry WHERE ticket_id IN (:tickets)")
                .param("tickets", ticketIds)
                .query(Integer.class)
                .single();
    }

    private Synced sync(String gate, List<Map<String, Object>> scans) {
        return client.post()
                .uri("/api/gates/sync")
                .headers(headers -> headers.setBearerAuth(gateUser))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("gate", gate, "scans", scans))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Synced.class)
                .returnResult()
                .getResponseBody();
    }
}
