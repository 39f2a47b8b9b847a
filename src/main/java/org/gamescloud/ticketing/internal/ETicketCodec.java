package org.gamescloud.ticketing.internal;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.gamescloud.ticketing.TicketClaims;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * E-tickets as JWS compact serialisations (RFC 7515) signed with Ed25519 ({@code "alg":"EdDSA"}, RFC 8037). The
 * payload carries what an offline gate needs: ticket, session, venue, holder, seat and the session's start and end.
 */
@Component
class ETicketCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private final SigningKeys keys;

    ETicketCodec(SigningKeys keys) {
        this.keys = keys;
    }

    record Signed(String qr, String kid) {}

    Signed sign(TicketClaims claims, OffsetDateTime sessionStart, OffsetDateTime sessionEnd) {
        SigningKey key = keys.current();
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "EdDSA");
        header.put("kid", key.kid());
        header.put("typ", "JWT");
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("tid", claims.ticketId());
        payload.put("ses", claims.sessionCode());
        payload.put("ven", claims.venueCode());
        payload.put("hn", claims.holderName());
        payload.put("seat", claims.seat());
        payload.put("start", sessionStart.toString());
        payload.put("end", sessionEnd.toString());
        payload.put("exp", sessionEnd.toEpochSecond());
        String signingInput = encode(header) + "." + encode(payload);
        return new Signed(signingInput + "." + B64.encodeToString(key.sign(signingInput)), key.kid());
    }

    Optional<TicketClaims> verify(String qr) {
        if (qr == null) {
            return Optional.empty();
        }
        String[] parts = qr.trim().split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            JsonNode header = JSON.readTree(B64D.decode(parts[0]));
            if (!"EdDSA".equals(header.path("alg").asString(""))) {
                return Optional.empty();
            }
            Optional<SigningKey> key = keys.findVerifying(header.path("kid").asString(""));
            if (key.isEmpty()
                    || !SigningKey.verify(key.get().publicKey(), parts[0] + "." + parts[1], B64D.decode(parts[2]))) {
                return Optional.empty();
            }
            JsonNode payload = JSON.readTree(B64D.decode(parts[1]));
            return Optional.of(new TicketClaims(
                    payload.path("tid").asString(),
                    payload.path("ses").asString(),
                    payload.path("ven").asString(),
                    payload.path("hn").asString(),
                    payload.path("seat").asString()));
        } catch (IllegalArgumentException | JacksonException e) {
            return Optional.empty();
        }
    }

    private static String encode(Map<String, Object> json) {
        return B64.encodeToString(JSON.writeValueAsString(json).getBytes(StandardCharsets.UTF_8));
    }
}
