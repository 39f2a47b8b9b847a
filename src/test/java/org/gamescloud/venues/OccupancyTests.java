package org.gamescloud.venues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gamescloud.venues.GatesFixture.BOX;
import static org.gamescloud.venues.GatesFixture.HALL;

import java.util.List;
import org.gamescloud.platform.GamesClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

@GateIntegrationTest
class OccupancyTests {

    record Occupancy(
            String venueCode,
            Integer capacity,
            int inside,
            List<SessionOccupancy> sessions,
            List<GateThroughput> gates,
            List<Alert> alerts) {}

    record SessionOccupancy(String code, boolean admitting, int inside, int admitted) {}

    record GateThroughput(String gate, int admitted, int exited, int refused) {}

    record Alert(String sessionCode, int thresholdPercent, int occupancy, int capacity) {}

    @Autowired
    RestTestClient client;

    @Autowired
    GamesClock clock;

    @Autowired
    TestTickets tickets;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RecordedVenueEvents events;

    GatesFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new GatesFixture(client, clock, tickets, jdbc);
    }

    @AfterEach
    void removeSessions() {
        fixture.removeSessions();
    }

    @Test
    void countsWhoIsInsidePerSessionAndWhatEachGateLetThrough() {
        String gateUser = fixture.user("GATE", HALL);
        String manager = fixture.user("VENUE_MANAGER", HALL);
        String session = fixture.sessionAdmittingNow(HALL);
        String gate = HALL + "/Count " + session;
        List<String> qrs =
                List.of(fixture.ticket(session, HALL), fixture.ticket(session, HALL), fixture.ticket(session, HALL));
        Occupancy before = occupancy(manager, HALL);

        qrs.forEach(qr -> fixture.scanIn(gateUser, qr, gate));
        fixture.scan(gateUser, qrs.get(0), gate, "OUT");
        fixture.scanIn(gateUser, qrs.get(1), gate);

        Occupancy after = occupancy(manager, HALL);
        assertThat(after.inside() - before.inside()).isEqualTo(2);
        assertThat(after.sessions())
                .filteredOn(s -> s.code().equals(session))
                .containsExactly(new SessionOccupancy(session, true, 2, 3));
        assertThat(after.gates()).contains(new GateThroughput(gate, 3, 1, 1));
        assertThat(after.capacity()).isEqualTo(2000);
    }

    @Test
    void raisesEachCapacityAlertOnceWhenTheVenueFillsUp() {
        String gateUser = fixture.user("GATE", BOX);
        String manager = fixture.user("VENUE_MANAGER", BOX);
        String session = fixture.sessionAdmittingNow(BOX);
        String gate = BOX + "/Door";
        List<String> qrs = List.of(
                fixture.ticket(session, BOX),
                fixture.ticket(session, BOX),
                fixture.ticket(session, BOX),
                fixture.ticket(session, BOX));

        qrs.subList(0, 3).forEach(qr -> fixture.scanIn(gateUser, qr, gate));
        assertThat(occupancy(manager, BOX).alerts())
                .filteredOn(a -> a.sessionCode().equals(session))
                .isEmpty();
        fixture.scanIn(gateUser, qrs.get(3), gate);
        fixture.scan(gateUser, qrs.get(3), gate, "OUT");
        fixture.scanIn(gateUser, qrs.get(3), gate);

        assertThat(occupancy(manager, BOX).alerts())
                .filteredOn(a -> a.sessionCode().equals(session))
                .containsExactlyInAnyOrder(new Alert(session, 90, 4, 4), new Alert(session, 100, 4, 4));
        assertThat(events.of(CapacityThresholdReached.class))
                .filteredOn(reached -> reached.sessionCode().equals(session))
                .extracting(CapacityThresholdReached::thresholdPercent)
                .containsExactly(90, 100);
    }

    @Test
    void showsOccupancyOnlyToTheVenuesManagersAndAdmins() {
        String otherManager = fixture.user("VENUE_MANAGER", BOX);
        client.get()
                .uri("/api/venues/{venue}/occupancy", HALL)
                .headers(headers -> headers.setBearerAuth(otherManager))
                .exchange()
                .expectStatus()
                .isForbidden();
        client.get()
                .uri("/api/venues/{venue}/occupancy", HALL)
                .exchange()
                .expectStatus()
                .isUnauthorized();
        client.get()
                .uri("/api/venues/NOPE/occupancy")
                .headers(headers -> headers.setBasicAuth("admin", "admin"))
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    private Occupancy occupancy(String token, String venue) {
        return client.get()
                .uri("/api/venues/{venue}/occupancy", venue)
                .headers(headers -> headers.setBearerAuth(token))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Occupancy.class)
                .returnResult()
                .getResponseBody();
    }
}
