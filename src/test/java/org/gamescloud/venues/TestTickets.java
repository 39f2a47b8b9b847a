package org.gamescloud.venues;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.gamescloud.ticketing.ETickets;
import org.gamescloud.ticketing.TicketClaims;
import org.gamescloud.ticketing.TicketState;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.json.JsonMapper;

/**
 * TEST ONLY: a stand-in for ticketing's {@link ETickets}, so that the gate rules can be tested on their own — tickets
 * for any venue and session made in a line, and payloads no real ticketing would issue (signed with the right key but
 * never issued, signed with an unknown key). It signs real Ed25519 JWS compact payloads with a key made for this JVM
 * and keeps the issued and revoked ticket ids in memory. Registered ({@code @Primary}) only by test classes that
 * {@code @Import(TestTickets.Configuration.class)}, which therefore share an application context of their own. The
 * same gates with ticketing's real tickets, bought and refunded through its API, are tested by
 * {@link GateScanOfRealTicketsTests}.
 */
public final class TestTickets implements ETickets {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder BASE64URL_DECODER = Base64.getUrlDecoder();
    private static final String HEADER =
            BASE64URL.encodeToString("{\"alg\":\"EdDSA\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.US_ASCII));

    private final JsonMapper json = JsonMapper.builder().build();
    private final KeyPair key = newKey();
    private final Map<String, TicketState> issued = new ConcurrentHashMap<>();

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        TestTickets testTickets() {
            return new TestTickets();
        }
    }

    /** Issues a ticket for the session and returns its QR payload. */
    public String issue(String sessionCode, String venueCode, String holderName, String seat) {
        TicketClaims claims = new TicketClaims(
                "T-" + UUID.randomUUID().toString().substring(0, 13), sessionCode, venueCode, holderName, seat);
        issued.put(claims.ticketId(), TicketState.VALID);
        return sign(claims, key.getPrivate());
    }

    /** A payload signed with the right key for a ticket that was never issued. */
    public String signNeverIssued(String sessionCode, String venueCode) {
        return sign(
                new TicketClaims("T-NEVER-" + UUID.randomUUID(), sessionCode, venueCode, "Nobody", "Standing"),
                key.getPrivate());
    }

    /** A payload for an issued ticket, signed with a key ticketing never had. */
    public String signWithUnknownKey(String sessionCode, String venueCode) {
        TicketClaims claims =
                new TicketClaims("T-" + UUID.randomUUID(), sessionCode, venueCode, "Forger", "Block 1, Row 1, Seat 1");
        issued.put(claims.ticketId(), TicketState.VALID);
        return sign(claims, newKey().getPrivate());
    }

    public void revoke(String qr) {
        issued.put(verify(qr).orElseThrow().ticketId(), TicketState.REVOKED);
    }

    public String ticketId(String qr) {
        return verify(qr).orElseThrow().ticketId();
    }

    @Override
    public Optional<TicketClaims> verify(String qr) {
        String[] parts = qr.split("\\.", -1);
        if (parts.length != 3 || !HEADER.equals(parts[0])) {
            return Optional.empty();
        }
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key.getPublic());
            verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!verifier.verify(BASE64URL_DECODER.decode(parts[2]))) {
                return Optional.empty();
            }
            return Optional.of(json.readValue(BASE64URL_DECODER.decode(parts[1]), TicketClaims.class));
        } catch (GeneralSecurityException | IllegalArgumentException | tools.jackson.core.JacksonException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<TicketState> findState(String ticketId) {
        return Optional.ofNullable(issued.get(ticketId));
    }

    private String sign(TicketClaims claims, PrivateKey privateKey) {
        String payload = BASE64URL.encodeToString(json.writeValueAsBytes(claims));
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update((HEADER + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return HEADER + "." + payload + "." + BASE64URL.encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair newKey() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
