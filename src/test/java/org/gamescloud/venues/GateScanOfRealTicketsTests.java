package org.gamescloud.venues;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gamescloud.GamesIntegrationTest;
import org.gamescloud.TestClock;
import org.gamescloud.TestUsers;
import org.gamescloud.platform.GamesClock;
import org.gamescloud.ticketing.TicketingFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gates scanning tickets bought through ticketing's real API and signed by its real e-tickets (no test stand-in): the
 * whole application as it runs, ticketing's session at the mini stadium, its refunds seen by the gates.
 */
@GamesIntegrationTest
class GateScanOfRealTicketsTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String VENUE = TicketingFixture.VENUE;
    private static final String GATE = VENUE + "/East 1";
    /** The results dataset's hall: another venue of the test Games. */
    private static final String OTHER_VENUE = "RES-HALL";
    /** Ninety minutes before the start of {@link TicketingFixture#createSession(RestTestClient)}'s session. */
    private static final String GATES_OPEN = "2023-09-28T17:30:00+08:00";

    @Autowired
    RestTestClient client;

    @Autowired
    GamesClock clock;

    OffsetDateTime clockBefore;
    String session;
    String buyer;

    @BeforeEach
    void aSessionOnSale() {
        clockBefore = clock.now();
        TicketingFixture.standOnSaleDay(client);
        session = TicketingFixture.createSession(client);
        buyer = TicketingFixture.spectator(client);
    }

    @AfterEach
    void putTheClockBack() {
        TestClock.set(client, clockBefore.toString());
    }

    @Test
    void admitsABoughtTicketOnceWithinTheAdmissionWindow() {
        JsonNode ticket = buyOne("Li Wei").path("tickets").get(0);
        String qr = ticket.path("qr").asString();
        String gateUser = token("GATE", VENUE);

        assertThat(scan(gateUser, qr, GATE).path("reason").asString())
                .as("the day before, the gates are not open yet")
                .isEqualTo("WRONG_TIME");
        TestClock.set(client, GATES_OPEN);
        JsonNode first = scan(gateUser, qr, GATE);
        JsonNode second = scan(gateUser, qr, VENUE + "/West 2");

        assertThat(first.path("admitted").asBoolean()).isTrue();
        assertThat(first.path("reason").asString()).isEqualTo("ADMITTED");
        assertThat(first.path("ticketId").asString())
                .isEqualTo(ticket.path("ticketId").asString());
        assertThat(first.path("holderName").asString()).isEqualTo("Li Wei");
        assertThat(first.path("seat").asString()).isEqualTo(ticket.path("seat").asString());
        assertThat(first.path("sessionCode").asString()).isEqualTo(session);
        assertThat(second.path("admitted").asBoolean()).isFalse();
        assertThat(second.path("reason").asString()).isEqualTo("ALREADY_INSIDE");
    }

    @Test
    void refusesATicketRefundedBeforeTheSessionAsRevoked() {
        JsonNode order = buyOne("Wang Fang");
        String qr = order.path("tickets").get(0).path("qr").asString();
        String gateUser = token("GATE", VENUE);
        TestClock.set(client, GATES_OPEN);

        client.post()
                .uri("/api/ticketing/orders/{id}/refund", order.path("orderId").asString())
                .headers(headers -> headers.setBasicAuth(buyer, "password123"))
                .exchange()
                .expectStatus()
                .isOk();
        JsonNode result = scan(gateUser, qr, GATE);

        assertThat(result.path("reason").asString()).isEqualTo("REVOKED");
        assertThat(result.path("admitted").asBoolean()).isFalse();
    }

    @Test
    void refusesATicketWithAFlippedPayloadByteAsForgedAndStillAdmitsTheGenuineOne() {
        String qr = buyOne("Zhang Wei").path("tickets").get(0).path("qr").asString();
        String gateUser = token("GATE", VENUE);
        TestClock.set(client, GATES_OPEN);

        JsonNode result = scan(gateUser, withFlippedPayloadByte(qr), GATE);

        assertThat(result.path("reason").asString()).isEqualTo("FORGED");
        assertThat(result.path("admitted").asBoolean()).isFalse();
        assertThat(scan(gateUser, qr, GATE).path("reason").asString()).isEqualTo("ADMITTED");
    }

    @Test
    void refusesTheTicketAtAnotherVenuesGateAndForbidsGateUsersOfOtherVenues() {
        String qr = buyOne("Chen Jing").path("tickets").get(0).path("qr").asString();
        TestClock.set(client, GATES_OPEN);
        String gateOfBoth = token("GATE", VENUE, OTHER_VENUE);

        JsonNode elsewhere = scan(gateOfBoth, qr, OTHER_VENUE + "/North 1");
        client.post()
                .uri("/api/gates/scan")
                .headers(headers -> headers.setBearerAuth(token("GATE", OTHER_VENUE)))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("qr", qr, "gate", GATE))
                .exchange()
                .expectStatus()
                .isForbidden();

        assertThat(elsewhere.path("reason").asString()).isEqualTo("WRONG_VENUE");
        assertThat(elsewhere.path("admitted").asBoolean()).isFalse();
        assertThat(scan(gateOfBoth, qr, GATE).path("reason").asString())
                .as("the refusals did not use the ticket")
                .isEqualTo("ADMITTED");
    }

    /** One ticket for the holder, bought by {@link #buyer} in an order of its own. */
    private JsonNode buyOne(String holderName) {
        String answer = client.post()
                .uri("/api/ticketing/orders")
                .headers(headers -> {
                    headers.setBasicAuth(buyer, "password123");
                    headers.set("Idempotency-Key", UUID.randomUUID().toString());
                })
                .contentType(MediaType.APPLICATION_JSON)
                .body(TicketingFixture.order(
                        session,
                        "B",
                        List.of(TicketingFixture.holder(holderName, "CN_ID", TicketingFixture.chineseId()))))
                .exchange()
                .expectStatus()
                .isCreated()
                .returnResult(String.class)
                .getResponseBody();
        return JSON.readTree(answer);
    }

    /** The QR code with one bit of one byte of its signed payload changed, its signature kept. */
    private static String withFlippedPayloadByte(String qr) {
        String[] parts = qr.split("\\.");
        byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
        payload[payload.length / 2] ^= 0x01;
        String flipped = Base64.getUrlEncoder().withoutPadding().encodeToString(payload);
        assertThat(flipped).isNotEqualTo(parts[1]);
        return parts[0] + "." + flipped + "." + parts[2];
    }

    private String token(String role, String... venues) {
        String username = TestUsers.create(client, List.of(role), List.of(venues));
        return client.post()
                .uri("/api/auth/tokens")
                .headers(headers -> headers.setBasicAuth(username, "password123"))
                .exchange()
                .expectStatus()
                .isCreated()
                .returnResult(String.class)
                .getResponseBody()
                .transform(body -> JSON.readTree(body).path("token").asString());
    }

    private JsonNode scan(String token, String qr, String gate) {
        String answer = client.post()
                .uri("/api/gates/scan")
                .headers(headers -> headers.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("qr", qr, "gate", gate, "direction", "IN"))
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseBody();
        return JSON.readTree(answer);
    }
}
