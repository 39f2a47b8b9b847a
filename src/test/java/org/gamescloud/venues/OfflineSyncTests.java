package org.gamescloud.venues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gamescloud.venues.GatesFixture.HALL;

import java.util.List;
import java.util.Map;
import org.gamescloud.platform.GamesClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

@GateIntegrationTest
class OfflineSyncTests {

    private static final String ONLINE_GATE = HALL + "/East 1";
    private static final String OFFLINE_GATE = HALL + "/East 2";

    record Synced(
            String gate,
            int applied,
            int alreadySynced,
            List<GatesFixture.ScanResult> results,
            List<DoubleEntry> doubleEntries) {}

    record DoubleEntry(String ticketId, String sessionCode, String firstGate, String secondGate) {}

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

    @BeforeEach
    void aSessionAdmittingForAnHourAlready() {
        fixture = new GatesFixture(client, clock, tickets, jdbc);
        gateUser = fixture.user("GATE", HALL);
        session = fixture.sessionAdmittingNow(HALL);
    }

    @AfterEach
    void removeSessions() {
        fixture.removeSessions();
    }

    @Test
    void appliesAnOfflineGatesScansInTheOrderTheyHappened() {
        String qr = fixture.ticket(session, HALL);

        Synced synced = sync(
                OFFLINE_GATE,
                List.of(
                        fixture.offlineScan(qr, "IN", 10),
                        fixture.offlineScan(qr, "IN", 30),
                        fixture.offlineScan(qr, "OUT", 20)));

        assertThat(synced.applied()).isEqualTo(3);
        assertThat(GatesFixture.reasons(synced.results())).containsExactly("ADMITTED", "EXITED", "ADMITTED");
        assertThat(synced.doubleEntries()).isEmpty();
        assertThat(fixture.scanIn(gateUser, qr, ONLINE_GATE).reason()).isEqualTo("ALREADY_INSIDE");
    }

    @Test
    void reportsATicketLetInAtTwoGatesWhileOneWasOffline() {
        String qr = fixture.ticket(session, HALL);
        String manager = fixture.user("VENUE_MANAGER", HALL);
        assertThat(fixture.scanIn(gateUser, qr, ONLINE_GATE).admitted()).isTrue();

        Synced synced = sync(OFFLINE_GATE, List.of(fixture.offlineScan(qr, "IN", -1)));

        assertThat(GatesFixture.reasons(synced.results())).containsExactly("ALREADY_INSIDE");
        assertThat(synced.doubleEntries())
                .containsExactly(new DoubleEntry(tickets.ticketId(qr), session, ONLINE_GATE, OFFLINE_GATE));
        assertThat(client.get()
                        .uri("/api/venues/{venue}/double-entries", HALL)
                        .headers(headers -> headers.setBearerAuth(manager))
                        .exchange()
                        .expectStatus()
                        .isOk()
                        .expectBody(DoubleEntry[].class)
                        .returnResult()
                        .getResponseBody())
                .contains(new DoubleEntry(tickets.ticketId(qr), session, ONLINE_GATE, OFFLINE_GATE));
    }

    @Test
    void skipsScansItSyncedBeforeWhenAGateRetries() {
        String qr = fixture.ticket(session, HALL);
        var scans = List.of(fixture.offlineScan(qr, "IN", 5));

        Synced first = sync(OFFLINE_GATE, scans);
        Synced retried = sync(OFFLINE_GATE, scans);

        assertThat(GatesFixture.reasons(first.results())).containsExactly("ADMITTED");
        assertThat(retried.applied()).isZero();
        assertThat(retried.alreadySynced()).isEqualTo(1);
        assertThat(retried.doubleEntries()).isEmpty();
    }

    @Test
    void refusesAScanFromTheFutureAndAppliesNoneOfTheBatch() {
        String qr = fixture.ticket(session, HALL);

        client.post()
                .uri("/api/gates/sync")
                .headers(headers -> headers.setBearerAuth(gateUser))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of(
                        "gate",
                        OFFLINE_GATE,
                        "scans",
                        List.of(fixture.offlineScan(qr, "IN", 5), fixture.offlineScan(qr, "OUT", -60))))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(fixture.scanIn(gateUser, qr, ONLINE_GATE).reason()).isEqualTo("ADMITTED");
    }

    @Test
    void forbidsTheDoubleEntryReportToOthersThanTheVenuesManagers() {
        client.get()
                .uri("/api/venues/{venue}/double-entries", HALL)
                .headers(headers -> headers.setBearerAuth(gateUser))
                .exchange()
                .expectStatus()
                .isForbidden();
        client.get()
                .uri("/api/venues/{venue}/double-entries", HALL)
                .exchange()
                .expectStatus()
                .isUnauthorized();
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
