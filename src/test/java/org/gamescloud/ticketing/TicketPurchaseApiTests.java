package org.gamescloud.ticketing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.NamedParameterSpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.gamescloud.GamesIntegrationTest;
import org.gamescloud.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@GamesIntegrationTest
class TicketPurchaseApiTests {

    @org.junit.jupiter.api.BeforeEach
    void standOnSaleDay(@Autowired RestTestClient restClient) {
        TicketingFixture.standOnSaleDay(restClient);
    }

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    RestTestClient client;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ETickets eTickets;

    @Test
    void sellsAGroupSeatsSideBySideWithQrCodesThatVerifyWithThePublishedKey() throws Exception {
        String session = TicketingFixture.createSession(client);
        String buyer = TicketingFixture.spectator(client);
        JsonNode order = buy(buyer, "k1", TicketingFixture.order(session, "B", TicketingFixture.holders(3)), 201);

        assertThat(order.path("tickets")).hasSize(3);
        assertThat(order.path("tickets").get(0).path("seat").asString()).matches("Block \\d+, Row 1, Seat 1");
        assertThat(order.path("tickets").get(2).path("seat").asString()).endsWith("Row 1, Seat 3");
        String qr = order.path("tickets").get(0).path("qr").asString();
        assertThat(verifiesWithJwks(qr)).isTrue();
        TicketClaims claims = eTickets.verify(qr).orElseThrow();
        assertThat(claims.sessionCode()).isEqualTo(session);
        assertThat(claims.venueCode()).isEqualTo(TicketingFixture.VENUE);
        assertThat(claims.holderName()).isEqualTo("Holder 0");
        assertThat(eTickets.findState(claims.ticketId())).contains(TicketState.VALID);
        assertThat(available(session, "B")).isEqualTo(247);
    }

    @Test
    void storesOnlyAKeyedHashAndTheLastFourCharactersOfAnId() {
        String session = TicketingFixture.createSession(client);
        String id = TicketingFixture.chineseId();
        buy(
                TicketingFixture.spectator(client),
                "k",
                TicketingFixture.order(session, "C", List.of(TicketingFixture.holder("Wang Fang", "CN_ID", id))),
                201);
        Map<String, Object> row = jdbc.sql(
                        "SELECT holder_last4, encode(holder_hash, 'hex') AS h FROM ticket" + " WHERE session_code = :s")
                .param("s", session)
                .query()
                .singleRow();
        assertThat(row.get("holder_last4")).isEqualTo(id.substring(14));
        assertThat(jdbc.sql("SELECT count(*) FROM ticket t JOIN ticket_order o ON o.id = t.order_id"
                                + " WHERE t.session_code = :s AND (t::text LIKE :id OR o::text LIKE :id)")
                        .param("s", session)
                        .param("id", "%" + id.substring(0, 14) + "%")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void replaysTheFirstAnswerForARetryAndRefusesTheKeyWithAnotherBody() {
        String session = TicketingFixture.createSession(client);
        String buyer = TicketingFixture.spectator(client);
        Map<String, Object> body = TicketingFixture.order(session, "A", TicketingFixture.holders(2));
        JsonNode first = buy(buyer, "same-key", body, 201);
        JsonNode again = buy(buyer, "same-key", body, 201);
        assertThat(again.path("orderId")).isEqualTo(first.path("orderId"));
        assertThat(again.path("tickets")).isEqualTo(first.path("tickets"));
        buy(buyer, "same-key", TicketingFixture.order(session, "A", TicketingFixture.holders(2)), 422);
        assertThat(available(session, "A")).isEqualTo(248);
    }

    @Test
    void refusesMalformedOrdersWith400AndChangesNothing() {
        String session = TicketingFixture.createSession(client);
        String buyer = TicketingFixture.spectator(client);
        client.post()
                .uri("/api/ticketing/orders")
                .headers(h -> h.setBasicAuth(buyer, "password123"))
                .contentType(MediaType.APPLICATION_JSON)
                .body(TicketingFixture.order(session, "A", TicketingFixture.holders(1)))
                .exchange()
                .expectStatus()
                .isBadRequest();
        buy(
                buyer,
                "q",
                Map.of("session", session, "category", "A", "quantity", 2, "holders", TicketingFixture.holders(1)),
                400);
        String badChecksum = TicketingFixture.chineseId().substring(0, 17) + "Z";
        buy(
                buyer,
                "c",
                TicketingFixture.order(session, "A", List.of(TicketingFixture.holder("X", "CN_ID", badChecksum))),
                400);
        buy(
                buyer,
                "p",
                TicketingFixture.order(session, "A", List.of(TicketingFixture.holder("X", "PASSPORT", "AB1"))),
                400);
        assertThat(available(session, "A")).isEqualTo(250);
    }

    @Test
    void sellsOneTicketPerIdPerSessionAndAtMostSixPerAccount() {
        String session = TicketingFixture.createSession(client);
        String id = TicketingFixture.passport();
        buy(
                TicketingFixture.spectator(client),
                "a",
                TicketingFixture.order(session, "D", List.of(TicketingFixture.holder("Li Lei", "PASSPORT", id))),
                201);
        buy(
                TicketingFixture.spectator(client),
                "b",
                TicketingFixture.order(
                        session, "D", List.of(TicketingFixture.holder("Li Lei", "PASSPORT", id.toLowerCase()))),
                409);

        String greedy = TicketingFixture.spectator(client);
        buy(greedy, "g1", TicketingFixture.order(session, "D", TicketingFixture.holders(4)), 201);
        buy(greedy, "g2", TicketingFixture.order(session, "D", TicketingFixture.holders(3)), 409);
        buy(greedy, "g3", TicketingFixture.order(session, "D", TicketingFixture.holders(2)), 201);
        assertThat(available(session, "D")).isEqualTo(250 - 7);
    }

    @Test
    void aDeclinedPaymentSellsNothing() {
        String session = TicketingFixture.createSession(client);
        String buyer = TicketingFixture.spectator(client);
        simulatePayment(client, buyer, "DECLINE");
        buy(buyer, "d", TicketingFixture.order(session, "A", TicketingFixture.holders(2)), 402);
        assertThat(available(session, "A")).isEqualTo(250);
        simulatePayment(client, buyer, "APPROVE");
        buy(buyer, "d2", TicketingFixture.order(session, "A", TicketingFixture.holders(2)), 201);
    }

    @Test
    void aRefundRevokesTheTicketsAndPutsTheSeatsBackOnSale() {
        String session = TicketingFixture.createSession(client);
        String buyer = TicketingFixture.spectator(client);
        JsonNode order = buy(buyer, "r", TicketingFixture.order(session, "A", TicketingFixture.holders(2)), 201);
        String orderId = order.path("orderId").asString();
        client.post()
                .uri("/api/ticketing/orders/{id}/refund", orderId)
                .headers(h -> h.setBasicAuth(TicketingFixture.spectator(client), "password123"))
                .exchange()
                .expectStatus()
                .isForbidden();
        for (int i = 0; i < 2; i++) {
            client.post()
                    .uri("/api/ticketing/orders/{id}/refund", orderId)
                    .headers(h -> h.setBasicAuth(buyer, "password123"))
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.state")
                    .isEqualTo("REFUNDED");
        }
        String ticketId = order.path("tickets").get(0).path("ticketId").asString();
        assertThat(eTickets.findState(ticketId)).contains(TicketState.REVOKED);
        assertThat(available(session, "A")).isEqualTo(250);
        JsonNode next = buy(buyer, "r2", TicketingFixture.order(session, "A", TicketingFixture.holders(1)), 201);
        assertThat(next.path("tickets").get(0).path("seat").asString())
                .isEqualTo(order.path("tickets").get(0).path("seat").asString());
    }

    @Test
    void aTransferIssuesANewTicketAndRevokesTheOldOne() {
        String session = TicketingFixture.createSession(client);
        String buyer = TicketingFixture.spectator(client);
        JsonNode order = buy(buyer, "t", TicketingFixture.order(session, "C", TicketingFixture.holders(1)), 201);
        String oldId = order.path("tickets").get(0).path("ticketId").asString();
        String body = client.post()
                .uri("/api/ticketing/tickets/{id}/transfer", oldId)
                .headers(h -> h.setBasicAuth(buyer, "password123"))
                .contentType(MediaType.APPLICATION_JSON)
                .body(TicketingFixture.holder("Zhang Wei", "PASSPORT", TicketingFixture.passport()))
                .exchange()
                .expectStatus()
                .isCreated()
                .returnResult(String.class)
                .getResponseBody();
        JsonNode ticket = JSON.readTree(body);
        assertThat(eTickets.findState(oldId)).contains(TicketState.REVOKED);
        TicketClaims claims = eTickets.verify(ticket.path("qr").asString()).orElseThrow();
        assertThat(claims.holderName()).isEqualTo("Zhang Wei");
        assertThat(claims.seat())
                .isEqualTo(order.path("tickets").get(0).path("seat").asString());
        assertThat(eTickets.findState(claims.ticketId())).contains(TicketState.VALID);
    }

    @Test
    void refusesARefundOnceTheSessionHasStarted() {
        String session =
                TicketingFixture.createSession(client, "2023-09-27T12:00:00+08:00", "2023-09-27T14:00:00+08:00");
        String buyer = TicketingFixture.spectator(client);
        JsonNode order = buy(buyer, "late", TicketingFixture.order(session, "A", TicketingFixture.holders(1)), 201);
        String now = client.get()
                .uri("/api/clock")
                .exchange()
                .returnResult(String.class)
                .getResponseBody();
        String restore = JSON.readTree(now).path("now").asString();
        try {
            org.gamescloud.TestClock.set(client, "2023-09-27T12:30:00+08:00");
            client.post()
                    .uri(
                            "/api/ticketing/orders/{id}/refund",
                            order.path("orderId").asString())
                    .headers(h -> h.setBasicAuth(buyer, "password123"))
                    .exchange()
                    .expectStatus()
                    .isEqualTo(409);
        } finally {
            org.gamescloud.TestClock.set(client, restore);
        }
    }

    static void simulatePayment(RestTestClient client, String account, String mode) {
        client.put()
                .uri("/api/admin/ticketing/payment-simulation")
                .headers(TestUsers::asAdmin)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("account", account, "mode", mode))
                .exchange()
                .expectStatus()
                .isOk();
    }

    JsonNode buy(String buyer, String key, Map<String, Object> body, int status) {
        String answer = client.post()
                .uri("/api/ticketing/orders")
                .headers(h -> {
                    h.setBasicAuth(buyer, "password123");
                    h.set("Idempotency-Key", key);
                })
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange()
                .expectStatus()
                .isEqualTo(status)
                .returnResult(String.class)
                .getResponseBody();
        return JSON.readTree(answer);
    }

    int available(String session, String category) {
        String listing = client.get()
                .uri("/api/ticketing/sessions")
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseBody();
        for (JsonNode s : JSON.readTree(listing)) {
            if (s.path("code").asString().equals(session)) {
                for (JsonNode c : s.path("categories")) {
                    if (c.path("code").asString().equals(category)) {
                        assertThat(c.path("currency").asString()).isEqualTo("CNY");
                        return c.path("available").asInt();
                    }
                }
            }
        }
        throw new AssertionError("Session " + session + " is not on sale");
    }

    /** Checks the JWS with the JDK's own Ed25519 and the key from GET /api/ticketing/keys, as an offline gate would. */
    boolean verifiesWithJwks(String qr) throws Exception {
        String[] parts = qr.split("\\.");
        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
        assertThat(header.path("alg").asString()).isEqualTo("EdDSA");
        JsonNode keys = JSON.readTree(client.get()
                .uri("/api/ticketing/keys")
                .exchange()
                .returnResult(String.class)
                .getResponseBody());
        for (JsonNode key : keys.path("keys")) {
            if (key.path("kid").asString().equals(header.path("kid").asString())) {
                Signature verifier = Signature.getInstance("Ed25519");
                verifier.initVerify(
                        publicKey(Base64.getUrlDecoder().decode(key.path("x").asString())));
                verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
                return verifier.verify(Base64.getUrlDecoder().decode(parts[2]));
            }
        }
        return false;
    }

    /** RFC 8032 encoding: little-endian y with the sign of x in the top bit. */
    static PublicKey publicKey(byte[] encoded) throws Exception {
        byte[] reversed = new byte[encoded.length];
        for (int i = 0; i < encoded.length; i++) {
            reversed[i] = encoded[encoded.length - 1 - i];
        }
        boolean xOdd = (reversed[0] & 0x80) != 0;
        reversed[0] &= 0x7f;
        EdECPoint point = new EdECPoint(xOdd, new BigInteger(1, reversed));
        return KeyFactory.getInstance("Ed25519")
                .generatePublic(new EdECPublicKeySpec(NamedParameterSpec.ED25519, point));
    }
}
