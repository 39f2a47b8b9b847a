package org.gamescloud.venues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gamescloud.venues.GatesFixture.HALL;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gamescloud.platform.GamesClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

@GateIntegrationTest
class ConcurrentScanTests {

    private static final int GATES = 16;

    @Autowired
    RestTestClient client;

    @Autowired
    GamesClock clock;

    @Autowired
    TestTickets tickets;

    @Autowired
    JdbcClient jdbc;

    @Test
    void admitsATicketExactlyOnceWhenManyGatesScanItAtTheSameInstant() throws Exception {
        GatesFixture fixture = new GatesFixture(client, clock, tickets, jdbc);
        String gateUser = fixture.user("GATE", HALL);
        String session = fixture.sessionAdmittingNow(HALL);
        ExecutorService pool = Executors.newFixedThreadPool(GATES);
        try {
            for (int round = 0; round < 5; round++) {
                String qr = fixture.ticket(session, HALL);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<GatesFixture.ScanResult>> scans = new ArrayList<>();
                for (int gate = 0; gate < GATES; gate++) {
                    String gateId = HALL + "/Gate " + gate;
                    scans.add(pool.submit(() -> {
                        start.await();
                        return fixture.scanIn(gateUser, qr, gateId);
                    }));
                }
                start.countDown();
                List<String> reasons = new ArrayList<>();
                for (Future<GatesFixture.ScanResult> scan : scans) {
                    reasons.add(scan.get().reason());
                }

                assertThat(reasons).filteredOn("ADMITTED"::equals).hasSize(1);
                assertThat(reasons).filteredOn("ALREADY_INSIDE"::equals).hasSize(GATES - 1);
            }
        } finally {
            pool.shutdownNow();
            fixture.removeSessions();
        }
    }
}
