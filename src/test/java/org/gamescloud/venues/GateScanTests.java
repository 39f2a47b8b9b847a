package org.gamescloud.venues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gamescloud.venues.GatesFixture.HALL;
import static org.gamescloud.venues.GatesFixture.OTHER_VENUE;

import java.time.Duration;
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
class GateScanTests {

    private static final String GATE = HALL + "/North 1";

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
    String gateUser;
    String session;

    @BeforeEach
    void aGateUserAtTheHallWithASessionAdmittingNow() {
        fixture = new GatesFixture(client, clock, tickets, jdbc);
        gateUser = fixture.user("GATE", HALL);
        session = fixture.sessionAdmittingNow(HALL);
    }

    @AfterEach
    void removeSessions() {
        fixture.removeSessions();
    }

    @Test
    void admitsAValidTicketOnceAndShowsTheHolderSeatAndSession() {
        String qr = fixture.ticket(session, HALL);

        var first = fixture.scanIn(gateUser, qr, GATE);
        var second = fixture.scanIn(gateUser, qr, HALL + "/South 2");

        assertThat(first.admitted()).isTrue();
        assertThat(first.reason()).isEqualTo("ADMITTED");
        assertThat(first.ticketId()).isEqualTo(tickets.ticketId(qr));
        assertThat(first.holderName()).isEqualTo("Li Wei");
        assertThat(first.seat()).isEqualTo("Block 104, Row 12, Seat 7");
        assertThat(first.sessionCode()).isEqualTo(session);
        assertThat(second.admitted()).isFalse();
        assertThat(second.reason()).isEqualTo("ALREADY_INSIDE");
        assertThat(events.of(SpectatorAdmitted.class))
                .filteredOn(admitted -> admitted.ticketId().equals(first.ticketId()))
                .singleElement()
                .satisfies(admitted -> assertThat(admitted.gate()).isEqualTo(GATE));
        assertThat(events.of(TicketScanned.class))
                .filteredOn(scanned -> first.ticketId().equals(scanned.ticketId()))
                .extracting(TicketScanned::reason)
                .containsExactly(ScanReason.ADMITTED, ScanReason.ALREADY_INSIDE);
    }

    @Test
    void letsASpectatorBackInOnlyAfterAnExit() {
        String qr = fixture.ticket(session, HALL);

        assertThat(fixture.scan(gateUser, qr, GATE, "OUT").reason()).isEqualTo("NOT_INSIDE");
        assertThat(fixture.scanIn(gateUser, qr, GATE).reason()).isEqualTo("ADMITTED");
        var out = fixture.scan(gateUser, qr, GATE, "OUT");
        assertThat(out.reason()).isEqualTo("EXITED");
        assertThat(out.admitted()).isFalse();
        assertThat(fixture.scanIn(gateUser, qr, GATE).admitted()).isTrue();
        assertThat(fixture.scanIn(gateUser, qr, GATE).reason()).isEqualTo("ALREADY_INSIDE");
    }

    @Test
    void refusesAlteredUnsignedAndForeignSignedPayloadsAsForged() {
        String qr = fixture.ticket(session, HALL);
        String[] parts = qr.split("\\.");
        String otherTicket = fixture.ticket(session, HALL).split("\\.")[1];
        String altered = parts[0] + "." + otherTicket + "." + parts[2];
        String unsigned = parts[0] + "." + parts[1] + ".";
        String flippedSignature =
                parts[0] + "." + parts[1] + "." + (parts[2].startsWith("A") ? "B" : "A") + parts[2].substring(1);

        for (String forged : new String[] {
            altered, unsigned, flippedSignature, tickets.signWithUnknownKey(session, HALL), "not a ticket"
        }) {
            var result = fixture.scanIn(gateUser, forged, GATE);
            assertThat(result.reason()).as(forged).isEqualTo("FORGED");
            assertThat(result.admitted()).isFalse();
            assertThat(result.ticketId()).isNull();
        }
        assertThat(fixture.scanIn(gateUser, qr, GATE).reason())
                .as("the genuine ticket was not used up by its forgeries")
                .isEqualTo("ADMITTED");
    }

    @Test
    void refusesARevokedTicket() {
        String qr = fixture.ticket(session, HALL);
        tickets.revoke(qr);

        var result = fixture.scanIn(gateUser, qr, GATE);

        assertThat(result.reason()).isEqualTo("REVOKED");
        assertThat(result.admitted()).isFalse();
    }

    @Test
    void refusesAValidlySignedTicketThatWasNeverIssuedAsUnknown() {
        assertThat(fixture.scanIn(gateUser, tickets.signNeverIssued(session, HALL), GATE)
                        .reason())
                .isEqualTo("UNKNOWN");
        assertThat(fixture.scanIn(gateUser, fixture.ticket("GS-NO-SUCH-SESSION", HALL), GATE)
                        .reason())
                .as("a session the Games do not know")
                .isEqualTo("UNKNOWN");
    }

    @Test
    void refusesATicketForAnotherVenueAtAGateOfThisOne() {
        String gateOfBoth = fixture.user("GATE", HALL, OTHER_VENUE);
        String elsewhere = fixture.sessionAdmittingNow(OTHER_VENUE);

        var result = fixture.scanIn(gateOfBoth, fixture.ticket(elsewhere, OTHER_VENUE), GATE);

        assertThat(result.reason()).isEqualTo("WRONG_VENUE");
        assertThat(result.admitted()).isFalse();
    }

    @Test
    void admitsFromThreeHoursBeforeTheStartUntilTheEnd() {
        String tooEarly = fixture.session(HALL, Duration.ofHours(3).plusMinutes(10), Duration.ofHours(2));
        String justOpen = fixture.session(HALL, Duration.ofHours(2).plusMinutes(50), Duration.ofHours(2));
        String running = fixture.session(HALL, Duration.ofHours(-1), Duration.ofHours(2));
        String over = fixture.session(HALL, Duration.ofHours(-3), Duration.ofHours(2));

        assertThat(fixture.scanIn(gateUser, fixture.ticket(tooEarly, HALL), GATE)
                        .reason())
                .isEqualTo("WRONG_TIME");
        assertThat(fixture.scanIn(gateUser, fixture.ticket(justOpen, HALL), GATE)
                        .reason())
                .isEqualTo("ADMITTED");
        assertThat(fixture.scanIn(gateUser, fixture.ticket(running, HALL), GATE).reason())
                .isEqualTo("ADMITTED");
        assertThat(fixture.scanIn(gateUser, fixture.ticket(over, HALL), GATE).reason())
                .isEqualTo("WRONG_TIME");
    }

    @Test
    void forbidsGateUsersOfOtherVenuesAndOtherRolesAndAsksStrangersToSignIn() {
        String qr = fixture.ticket(session, HALL);
        Map<String, String> body = Map.of("qr", qr, "gate", GATE);

        for (String outsider : new String[] {fixture.user("GATE", OTHER_VENUE), fixture.user("SPECTATOR")}) {
            client.post()
                    .uri("/api/gates/scan")
                    .headers(headers -> headers.setBearerAuth(outsider))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .exchange()
                    .expectStatus()
                    .isForbidden()
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        client.post()
                .uri("/api/gates/scan")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange()
                .expectStatus()
                .isUnauthorized();
        assertThat(fixture.scanIn(gateUser, qr, GATE).reason())
                .as("refused attempts did not use the ticket")
                .isEqualTo("ADMITTED");
    }

    @Test
    void rejectsBadInputWithAProblemAndRecordsNothing() {
        String qr = fixture.ticket(session, HALL);
        int scansBefore = events.of(TicketScanned.class).size();

        for (Map<String, String> bad : java.util.List.of(
                Map.of("gate", GATE),
                Map.of("qr", "", "gate", GATE),
                Map.of("qr", qr),
                Map.of("qr", qr, "gate", "North 1"),
                Map.of("qr", qr, "gate", "NO-SUCH-VENUE/North 1"),
                Map.of("qr", qr, "gate", GATE, "direction", "SIDEWAYS"),
                Map.of("qr", "x".repeat(5000), "gate", GATE))) {
            client.post()
                    .uri("/api/gates/scan")
                    .headers(headers -> headers.setBearerAuth(gateUser))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(bad)
                    .exchange()
                    .expectStatus()
                    .isBadRequest()
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }

        assertThat(events.of(TicketScanned.class)).hasSize(scansBefore);
        assertThat(fixture.scanIn(gateUser, qr, GATE).reason()).isEqualTo("ADMITTED");
    }
}
