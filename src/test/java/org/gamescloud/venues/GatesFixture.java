package org.gamescloud.venues;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.gamescloud.TestDatasets;
import org.gamescloud.TestUsers;
import org.gamescloud.platform.GamesClock;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Venues, sessions and users for the gate tests, all made through the real API: sessions are placed relative to the
 * Games clock as it reads now (no test moves the clock) and removed after each test, at the gate dataset's venues
 * {@value #HALL} (2,000 seats), {@value #BOX} (4 seats, for capacity alerts) and {@value #OTHER_VENUE}.
 */
public final class GatesFixture {

    public static final String HALL = "GTE-HALL";
    static final String BOX = "GTE-BOX";
    static final String OTHER_VENUE = "GTE-YARD";

    public record ScanResult(
            boolean admitted,
            String reason,
            String ticketId,
            String holderName,
            String seat,
            String sessionCode,
            String venueCode,
            String gate,
            String direction) {}

    private final RestTestClient client;
    private final GamesClock clock;
    private final JdbcClient jdbc;
    private final List<String> sessions = new ArrayList<>();
    final TestTickets tickets;

    public GatesFixture(RestTestClient client, GamesClock clock, TestTickets tickets, JdbcClient jdbc) {
        this.client = client;
        this.clock = clock;
        this.tickets = tickets;
        this.jdbc = jdbc;
        client.post()
                .uri("/api/admin/datasets")
                .headers(TestUsers::asAdmin)
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(TestDatasets.zip("datasets/gates/"))
                .exchange()
                .expectStatus()
                .isCreated();
    }

    /** A new session at the venue starting {@code startsIn} from now (negative: started already). */
    public String session(String venue, Duration startsIn, Duration lasts) {
        String code = "GS-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        OffsetDateTime start = clock.now().plus(startsIn);
        client.post()
                .uri("/api/admin/sessions")
                .headers(TestUsers::asAdmin)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of(
                        "code",
                        code,
                        "venueCode",
                        venue,
                        "start",
                        start.toString(),
                        "end",
                        start.plus(lasts).toString(),
                        "name",
                        "Gate test session",
                        "units",
                        List.of()))
                .exchange()
                .expectStatus()
                .isCreated();
        sessions.add(code);
        return code;
    }

    /**
     * Removes the sessions this fixture made: they stand at whatever day the shared Games clock read, and other test
     * classes count the sessions of their days. (There is no API to delete a session.)
     */
    public void removeSessions() {
        if (!sessions.isEmpty()) {
            jdbc.sql("DELETE FROM competition_session WHERE code IN (:codes)")
                    .param("codes", sessions)
                    .update();
            sessions.clear();
        }
    }

    /** A session that admits now: it starts in an hour and lasts three. */
    public String sessionAdmittingNow(String venue) {
        return session(venue, Duration.ofHours(1), Duration.ofHours(3));
    }

    public String ticket(String session, String venue) {
        return tickets.issue(session, venue, "Li Wei", "Block 104, Row 12, Seat 7");
    }

    /** A bearer token of a new user with the role, scoped to the venues. */
    public String user(String role, String... venues) {
        String username = TestUsers.create(client, List.of(role), List.of(venues));
        return client.post()
                .uri("/api/auth/tokens")
                .headers(headers -> headers.setBasicAuth(username, "password123"))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("token")
                .toString();
    }

    public ScanResult scan(String token, String qr, String gate, String direction) {
        return client.post()
                .uri("/api/gates/scan")
                .headers(headers -> headers.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("qr", qr, "gate", gate, "direction", direction))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(ScanResult.class)
                .returnResult()
                .getResponseBody();
    }

    public ScanResult scanIn(String token, String qr, String gate) {
        return scan(token, qr, gate, "IN");
    }

    /** One scan of an offline gate, at {@code agoMinutes} before now. */
    Map<String, Object> offlineScan(String qr, String direction, int agoMinutes) {
        return Map.of(
                "qr",
                qr,
                "direction",
                direction,
                "scannedAt",
                clock.now().minusMinutes(agoMinutes).toString());
    }

    static List<String> reasons(List<ScanResult> results) {
        List<String> reasons = new ArrayList<>();
        results.forEach(result -> reasons.add(result.reason()));
        return reasons;
    }
}
