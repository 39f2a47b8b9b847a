package org.gamescloud.ticketing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.gamescloud.GamesIntegrationTest;
import org.gamescloud.TestUsers;
import org.gamescloud.ticketing.ETickets;
import org.gamescloud.ticketing.TicketClaims;
import org.gamescloud.ticketing.TicketingFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

@GamesIntegrationTest
class ETicketVerificationTests {

    @org.junit.jupiter.api.BeforeEach
    void standOnSaleDay(@Autowired RestTestClient restClient) {
        TicketingFixture.standOnSaleDay(restClient);
    }

    @Autowired
    RestTestClient client;

    @Autowired
    Purchases purchases;

    @Autowired
    ETickets eTickets;

    String buyOne() {
        String session = TicketingFixture.createSession(client);
        return purchases
                .purchase(
                        "qr-" + session,
                        "k",
                        new OrderRequest(
                                session,
                                "A",
                                1,
                                List.of(new OrderRequest.Holder("Liu Yang", "TW_PERMIT", "12345678")),
                                null))
                .tickets()
                .get(0)
                .qr();
    }

    @Test
    void refusesAnAlteredPayload() {
        String qr = buyOne();
        String[] parts = qr.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("Liu Yang", "Liu Yong");
        String altered = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        assertThat(eTickets.verify(qr)).isPresent();
        assertThat(eTickets.verify(altered)).isEmpty();
    }

    @Test
    void refusesATicketSignedByAnUnknownKeyOrWithAnotherAlgorithm() {
        String qr = buyOne();
        TicketClaims claims = eTickets.verify(qr).orElseThrow();
        SigningKey forger = SigningKey.generate();
        String header = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                        ("{\"alg\":\"EdDSA\",\"kid\":\"" + forger.kid() + "\"}").getBytes(StandardCharsets.UTF_8));
        String body = qr.split("\\.")[1];
        String forged = header + "." + body + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(forger.sign(header + "." + body));
        assertThat(eTickets.verify(forged)).isEmpty();
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());
        assertThat(eTickets.verify(none + "." + body + ".")).isEmpty();
        assertThat(eTickets.verify("not a ticket")).isEmpty();
        assertThat(eTickets.findState("not-a-uuid")).isEmpty();
        assertThat(claims.holderName()).isEqualTo("Liu Yang");
    }

    @Test
    void ticketsSignedBeforeAKeyRotationStillVerify() {
        String before = buyOne();
        client.post()
                .uri("/api/admin/ticketing/keys/rotate")
                .headers(TestUsers::asAdmin)
                .exchange()
                .expectStatus()
                .isCreated();
        String after = buyOne();
        assertThat(eTickets.verify(before)).isPresent();
        assertThat(eTickets.verify(after)).isPresent();
        assertThat(kid(before)).isNotEqualTo(kid(after));
        client.get()
                .uri("/api/ticketing/keys")
                .exchange()
                .expectBody()
                .jsonPath("$.keys[?(@.kid == '" + kid(before) + "')].crv")
                .isEqualTo(List.of("Ed25519"))
                .jsonPath("$.keys[?(@.kid == '" + kid(after) + "')].kty")
                .isEqualTo(List.of("OKP"));
    }

    static String kid(String qr) {
        String header = new String(Base64.getUrlDecoder().decode(qr.split("\\.")[0]), StandardCharsets.UTF_8);
        return header.replaceAll(".*\"kid\":\"([^\"]+)\".*", "$1");
    }
}
